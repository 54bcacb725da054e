import { type FormEvent, useState } from 'react';
import type { ExportRequestInput } from '../../../../shared/contract/disclosures';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { SubmitButton } from '../../components/SubmitButton';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';

export interface GivenApproval {
  token: string;
  approverName: string;
  expiresAt: string;
}

interface ApprovalFormProps {
  request: ExportRequestInput;
  onApproved(approval: GivenApproval): void;
}

const ids = { approverName: 'approver-name', passphrase: 'approver-passphrase' };
type FieldName = keyof typeof ids;

/**
 * The second person types their own name and passphrase on this laptop.
 * The person signed in stays signed in; the approval is for this one
 * request and is never kept by the window beyond it.
 */
export function ApprovalForm({ request, onApproved }: ApprovalFormProps) {
  const [approverName, setApproverName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = {};
    if (approverName.trim() === '') found.approverName = ['Enter the name the headteacher or DSL signs in with.'];
    if (passphrase === '') found.passphrase = ['Enter their passphrase.'];
    if (busy || errors.show(found)) return;
    setBusy(true);
    const result = await window.senco.disclosures.approve({ request, approverName, passphrase });
    setBusy(false);
    setPassphrase('');
    if (result.ok) return onApproved(result.value);
    errors.showServer(result.error, { WRONG_PASSPHRASE: 'passphrase', TOO_MANY_ATTEMPTS: 'passphrase' }, ids.approverName);
  }

  return (
    <section className="card" aria-labelledby="approval-heading">
      <h2 id="approval-heading">Approval by the headteacher or the DSL</h2>
      <p>
        Ask the headteacher or the designated safeguarding lead to read the reason above, then to type their own name and
        passphrase here. You stay signed in.
      </p>
      <ErrorSummary errors={errors.summary} />
      <form noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field id={ids.approverName} label="Approver’s name" autoComplete="off" errors={errors.errors.approverName} value={approverName} onValueChange={errors.edit('approverName', setApproverName)} />
        <Field id={ids.passphrase} label="Approver’s passphrase" type="password" autoComplete="off" errors={errors.errors.passphrase} value={passphrase} onValueChange={errors.edit('passphrase', setPassphrase)} />
        <SubmitButton busy={busy} label="Approve this request" busyLabel="Checking…" busyAnnouncement="Checking the approver’s passphrase." />
      </form>
    </section>
  );
}
