import { type FormEvent, useState } from 'react';
import { type SenProvision, senProvisionLabels, senProvisions } from '../../../../shared/domain/sen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { useFormErrors } from '../../forms/useFormErrors';
import { decisionErrors, decisionIds, emptyDecision, toDecision } from './decision';
import { DecisionFields } from './DecisionFields';
import type { TaskProps } from './taskProps';

const ids = { provision: 'status-provision', ...decisionIds };
const options = senProvisions.map((code) => ({ value: code, label: `${senProvisionLabels[code]} (${code})` }));
const isProvision = (v: string): v is SenProvision => (senProvisions as readonly string[]).includes(v);

/** A new SEN status with the decision behind it. Main ends the open status the day the new one starts. */
export function ChangeStatus({ pupilId, pupilName, onDone, onCancel }: TaskProps) {
  const [provision, setProvision] = useState<SenProvision | ''>('');
  const [decision, setDecision] = useState(emptyDecision);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = { ...decisionErrors(decision), ...(provision === '' ? { provision: ['Choose the SEN status.'] } : {}) };
    if (busy || errors.show(found) || provision === '') return;
    setBusy(true);
    const result = await window.senco.sen.changeStatus({ pupilId, decision: { provision, ...toDecision(decision) } });
    if (result.ok) return onDone(`SEN status changed to ${senProvisionLabels[provision]}.`);
    setBusy(false);
    errors.showServer(result.error, {}, `${ids.provision}-E`);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Change SEN status: ${pupilName}`}>Change SEN status for {pupilName}</PageHeading>
      <ErrorSummary errors={errors.summary.map((e) => (e.fieldId === ids.provision ? { ...e, fieldId: `${ids.provision}-E` } : e))} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <RadioGroup
          id={ids.provision}
          legend="New SEN status"
          name="provision"
          value={provision}
          options={options}
          errors={errors.errors.provision}
          onValueChange={(v) => {
            if (isProvision(v)) setProvision(v);
            errors.clear('provision');
          }}
        />
        <DecisionFields value={decision} errors={errors.errors} onChange={setDecision} onEdit={errors.clear} />
        <FormActions busy={busy} label="Save the status" busyLabel="Saving…" busyAnnouncement="Saving the SEN status." onCancel={onCancel} />
      </form>
    </main>
  );
}
