import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { today } from './decision';
import type { TaskProps } from './taskProps';

const ids = { reason: 'concern-reason', addedOn: 'concern-added', raisedBy: 'concern-raised-by', reviewOn: 'concern-review' };
type FieldName = keyof typeof ids;

/** Puts a pupil causing concern on the monitoring list: not on the register, still N in the census. */
export function AddConcern({ pupilId, pupilName, onDone, onCancel }: TaskProps) {
  const [v, setV] = useState({ reason: '', addedOn: today(), raisedBy: '', reviewOn: '' });
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  const set = (key: FieldName) => errors.edit(key, (value: string) => setV((old) => ({ ...old, [key]: value })));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = {};
    if (v.reason.trim() === '') found.reason = ['Say what the concern is.'];
    if (v.addedOn === '') found.addedOn = ['Enter the date it was added.'];
    if (v.raisedBy.trim() === '') found.raisedBy = ['Say who raised the concern.'];
    if (busy || errors.show(found)) return;
    setBusy(true);
    const concern = { reason: v.reason.trim(), addedOn: v.addedOn, raisedBy: v.raisedBy.trim(), reviewOn: v.reviewOn || null };
    const result = await window.senco.monitoring.add({ pupilId, concern });
    if (result.ok) return onDone('Added to the monitoring list.');
    setBusy(false);
    errors.showServer(result.error, {}, ids.reason);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Add to monitoring: ${pupilName}`}>Add {pupilName} to monitoring</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <TextAreaField id={ids.reason} label="What is the concern" rows={3} errors={errors.errors.reason} value={v.reason} onValueChange={set('reason')} />
        <Field id={ids.addedOn} label="Date added" type="date" inputClassName="field__input--date" errors={errors.errors.addedOn} value={v.addedOn} onValueChange={set('addedOn')} />
        <Field id={ids.raisedBy} label="Raised by" hint="For example: class teacher." autoComplete="off" errors={errors.errors.raisedBy} value={v.raisedBy} onValueChange={set('raisedBy')} />
        <Field id={ids.reviewOn} label="Review date (optional)" type="date" inputClassName="field__input--date" value={v.reviewOn} onValueChange={set('reviewOn')} />
        <FormActions busy={busy} label="Add to monitoring" busyLabel="Adding…" busyAnnouncement="Adding to the monitoring list." onCancel={onCancel} />
      </form>
    </main>
  );
}
