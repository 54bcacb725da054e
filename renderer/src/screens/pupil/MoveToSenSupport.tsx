import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { useFormErrors } from '../../forms/useFormErrors';
import { decisionErrors, decisionIds, emptyDecision, toDecision } from './decision';
import { DecisionFields } from './DecisionFields';
import type { TaskProps } from './taskProps';

/** Ends monitoring and opens SEN support in one step, with the decision behind it. */
export function MoveToSenSupport({ pupilId, pupilName, onDone, onCancel }: TaskProps) {
  const [decision, setDecision] = useState(emptyDecision);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(decisionIds);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || errors.show(decisionErrors(decision))) return;
    setBusy(true);
    const result = await window.senco.monitoring.moveToSenSupport({ pupilId, decision: toDecision(decision) });
    if (result.ok) return onDone('Moved from monitoring to SEN support.');
    setBusy(false);
    errors.showServer(result.error, {}, decisionIds.startDate);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Move to SEN support: ${pupilName}`}>Move {pupilName} to SEN support</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <DecisionFields value={decision} errors={errors.errors} onChange={setDecision} onEdit={errors.clear} />
        <FormActions busy={busy} label="Move to SEN support" busyLabel="Saving…" busyAnnouncement="Moving to SEN support." onCancel={onCancel} />
      </form>
    </main>
  );
}
