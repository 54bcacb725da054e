import { type FormEvent, useCallback, useState } from 'react';
import type { DraftData } from '../../api';
import { DraftOffer } from '../../components/DraftOffer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { useDraft } from '../../forms/useDraft';
import { type FieldErrors, focusById, useFormErrors } from '../../forms/useFormErrors';
import { knownAs } from '../register/names';
import { PupilDetailsFields } from './PupilDetailsFields';
import { emptyPupil, fromDraft, isEmptyPupil, type PupilForm, pupilIds, toDetails, missingPupilDetails } from './pupilForm';
import './pupil.css';

type FieldName = keyof typeof pupilIds;

interface PupilAddProps {
  onAdded(pupilId: string, name: string): void;
  onCancel(): void;
}

/** Adds a pupil on roll. Only the legal name and date of birth are needed; the rest can follow from the MIS. */
export function PupilAdd({ onAdded, onCancel }: PupilAddProps) {
  const [form, setForm] = useState<PupilForm>(emptyPupil);
  const errors = useFormErrors(pupilIds);
  const [busy, setBusy] = useState(false);
  const restore = useCallback((data: DraftData) => setForm(fromDraft(data)), []);
  const draft = useDraft('pupils.add', form, isEmptyPupil, restore);

  const set = <K extends keyof PupilForm>(key: K) => (value: PupilForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (key in pupilIds) errors.clear(key as FieldName);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = missingPupilDetails(form);
    if (busy || errors.show(found)) return;
    setBusy(true);
    const details = toDetails(form);
    const result = await window.senco.pupils.add(details);
    if (result.ok) {
      draft.clear();
      return onAdded(result.value.pupilId, knownAs({ ...details, preferredForename: details.preferredForename ?? null, preferredSurname: details.preferredSurname ?? null }));
    }
    setBusy(false);
    errors.showServer(result.error, {}, pupilIds.legalForename);
  }

  return (
    <main className="page page--medium">
      <PageHeading title="Add a pupil" />
      <DraftOffer draft={draft} doing="You were adding a pupil" afterChoice={() => focusById(pupilIds.legalForename)} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)} onBlur={draft.flush}>
        <PupilDetailsFields form={form} errors={errors.errors} set={set} />
        <FormActions
          busy={busy}
          label="Add the pupil"
          busyLabel="Adding the pupil…"
          busyAnnouncement="Adding the pupil."
          onCancel={() => {
            draft.clear();
            onCancel();
          }}
        />
      </form>
    </main>
  );
}
