import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormErrors } from '../../forms/useFormErrors';
import { today } from './decision';
import type { TaskProps } from './taskProps';

const ids = { closedOn: 'concern-closed-on' };

/** Takes a pupil off the monitoring list: the concern is resolved; the entry stays as history. */
export function CloseConcern({ pupilId, pupilName, onDone, onCancel }: TaskProps) {
  const [closedOn, setClosedOn] = useState(today);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || errors.show(closedOn === '' ? { closedOn: ['Enter the date monitoring ends.'] } : {})) return;
    setBusy(true);
    const result = await window.senco.monitoring.close({ pupilId, closedOn, note: note.trim() || null });
    if (result.ok) return onDone('Monitoring closed.');
    setBusy(false);
    errors.showServer(result.error, {}, ids.closedOn);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Close monitoring: ${pupilName}`}>Close monitoring for {pupilName}</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field id={ids.closedOn} label="Date closed" type="date" inputClassName="field__input--date" errors={errors.errors.closedOn} value={closedOn} onValueChange={errors.edit('closedOn', setClosedOn)} />
        <TextAreaField id="concern-close-note" label="Note (optional)" rows={3} value={note} onValueChange={setNote} />
        <FormActions busy={busy} label="Close monitoring" busyLabel="Closing…" busyAnnouncement="Closing monitoring." onCancel={onCancel} />
      </form>
    </main>
  );
}
