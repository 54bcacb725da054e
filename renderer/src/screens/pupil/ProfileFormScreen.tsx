import { type FormEvent, useCallback, useState } from 'react';
import type { DraftData } from '../../api';
import { DraftOffer } from '../../components/DraftOffer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { useDraft } from '../../forms/useDraft';
import { type FieldErrors, focusById, useFormErrors } from '../../forms/useFormErrors';
import { today } from './decision';
import type { ProfileFields } from './peopleForms';
import type { TaskProps } from './taskProps';

const ids = {
  likeAndAdmire: 'profile-like',
  importantToMe: 'profile-important',
  howToSupport: 'profile-support',
  writtenOn: 'profile-written-on',
  contributors: 'profile-contributors',
};
type FieldName = keyof typeof ids;

const missing: Record<FieldName, string> = {
  likeAndAdmire: 'Say what people like and admire about the pupil.',
  importantToMe: 'Say what is important to the pupil.',
  howToSupport: 'Say how best to support the pupil.',
  writtenOn: 'Enter the date the profile was written.',
  contributors: 'Say who contributed, for example the pupil, their mother and the class teacher.',
};

/**
 * Writes a new version of the one-page profile, starting from the one in use.
 * Saving never overwrites: the earlier version stays readable on the file.
 */
export function ProfileFormScreen({ pupilId, pupilName, current, onDone, onCancel }: TaskProps & { current: ProfileFields | null }) {
  const [start] = useState<ProfileFields>(() => ({
    writtenOn: today(),
    likeAndAdmire: current?.likeAndAdmire ?? '',
    importantToMe: current?.importantToMe ?? '',
    howToSupport: current?.howToSupport ?? '',
    contributors: current?.contributors ?? '',
  }));
  const [v, setV] = useState<ProfileFields>(start);
  const [busy, setBusy] = useState(false);
  // A profile is long free text, often typed during a meeting: an idle lock must not lose it.
  const restore = useCallback(
    (data: DraftData) => setV((old) => {
      const next = { ...old };
      for (const key of Object.keys(ids) as FieldName[]) if (typeof data[key] === 'string') next[key] = data[key];
      return next;
    }),
    [],
  );
  const unchanged = useCallback((values: ProfileFields) => JSON.stringify(values) === JSON.stringify(start), [start]);
  const draft = useDraft(`people.profile.${pupilId}`, v, unchanged, restore);
  const errors = useFormErrors(ids);
  const field = (key: FieldName) => ({ id: ids[key], errors: errors.errors[key], value: v[key], onValueChange: errors.edit(key, (value: string) => setV((old) => ({ ...old, [key]: value }))) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = {};
    for (const key of Object.keys(ids) as FieldName[]) if (v[key].trim() === '') found[key] = [missing[key]];
    if (busy || errors.show(found)) return;
    setBusy(true);
    const profile = { ...v, likeAndAdmire: v.likeAndAdmire.trim(), importantToMe: v.importantToMe.trim(), howToSupport: v.howToSupport.trim(), contributors: v.contributors.trim() };
    const result = await window.senco.people.saveProfile({ pupilId, profile });
    if (result.ok) {
      draft.clear();
      return onDone(current ? 'The new version of the profile was saved. The earlier version is kept.' : 'The one-page profile was saved.');
    }
    setBusy(false);
    errors.showServer(result.error, {}, ids.likeAndAdmire);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`One-page profile: ${pupilName}`}>{current ? 'A new version of' : 'Write'} {pupilName}’s one-page profile</PageHeading>
      <DraftOffer draft={draft} doing="You were writing this profile" afterChoice={() => focusById(ids.likeAndAdmire)} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)} onBlur={draft.flush}>
        <p className="form-intro">Use the pupil’s own words where you can.{current ? ' The version in use is filled in to start from; it stays on the file as it is.' : ''}</p>
        <TextAreaField label="What people like and admire about me" rows={4} {...field('likeAndAdmire')} />
        <TextAreaField label="What is important to me" rows={4} {...field('importantToMe')} />
        <TextAreaField label="How best to support me" rows={4} {...field('howToSupport')} />
        <Field label="Date written" type="date" inputClassName="field__input--date" {...field('writtenOn')} />
        <Field label="Who contributed" hint="Names or roles, for example: the pupil, their mother, Mr Hill (class teacher)." autoComplete="off" {...field('contributors')} />
        <FormActions
          busy={busy}
          label="Save the profile"
          busyLabel="Saving…"
          busyAnnouncement="Saving the profile."
          onCancel={() => {
            draft.clear();
            onCancel();
          }}
        />
      </form>
    </main>
  );
}
