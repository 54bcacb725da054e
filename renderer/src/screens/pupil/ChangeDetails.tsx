import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { PupilDetailsFields } from './PupilDetailsFields';
import { formFromDetails, type PupilDetailsInput, type PupilForm, pupilIds, toDetails, missingPupilDetails } from './pupilForm';
import type { TaskProps } from './taskProps';

type FieldName = keyof typeof pupilIds;

/** Changes a pupil's details. Main keeps the version before as a revision, with who changed it and when. */
export function ChangeDetails({ pupilId, pupilName, details, revision, onDone, onCancel }: TaskProps & { details: PupilDetailsInput; revision: number }) {
  const [start] = useState(() => formFromDetails(details));
  const [form, setForm] = useState<PupilForm>(start);
  const errors = useFormErrors(pupilIds);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof PupilForm>(key: K) => (value: PupilForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (key in pupilIds) errors.clear(key as FieldName);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = missingPupilDetails(form);
    if (busy || errors.show(found)) return;
    if (JSON.stringify(toDetails(form)) === JSON.stringify(toDetails(start))) {
      errors.showServer({ code: 'INVALID_INPUT', message: 'Nothing has been changed. Change a detail, or cancel.' }, {}, pupilIds.legalForename);
      return;
    }
    setBusy(true);
    const result = await window.senco.pupils.update({ pupilId, revision, details: toDetails(form) });
    if (result.ok) return onDone('Details saved. The earlier version is kept.');
    setBusy(false);
    errors.showServer(result.error, {}, pupilIds.legalForename);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Change details: ${pupilName}`}>Change the details of {pupilName}</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <PupilDetailsFields form={form} errors={errors.errors} set={set} />
        <FormActions busy={busy} label="Save the details" busyLabel="Saving…" busyAnnouncement="Saving the details." onCancel={onCancel} />
      </form>
    </main>
  );
}
