import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
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
  const [v, setV] = useState<ProfileFields>(() => ({
    writtenOn: today(),
    likeAndAdmire: current?.likeAndAdmire ?? '',
    importantToMe: current?.importantToMe ?? '',
    howToSupport: current?.howToSupport ?? '',
    contributors: current?.contributors ?? '',
  }));
  const [busy, setBusy] = useState(false);
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
    if (result.ok) return onDone(current ? 'The new version of the profile was saved. The earlier version is kept.' : 'The one-page profile was saved.');
    setBusy(false);
    errors.showServer(result.error, {}, ids.likeAndAdmire);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`One-page profile: ${pupilName}`}>{current ? 'A new version of' : 'Write'} {pupilName}’s one-page profile</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <p className="form-intro">Use the pupil’s own words where you can.{current ? ' The version in use is filled in to start from; it stays on the file as it is.' : ''}</p>
        <TextAreaField label="What people like and admire about me" rows={4} {...field('likeAndAdmire')} />
        <TextAreaField label="What is important to me" rows={4} {...field('importantToMe')} />
        <TextAreaField label="How best to support me" rows={4} {...field('howToSupport')} />
        <Field label="Date written" type="date" inputClassName="field__input--date" {...field('writtenOn')} />
        <Field label="Who contributed" hint="Names or roles, for example: the pupil, their mother, Mr Hill (class teacher)." autoComplete="off" {...field('contributors')} />
        <FormActions busy={busy} label="Save the profile" busyLabel="Saving…" busyAnnouncement="Saving the profile." onCancel={onCancel} />
      </form>
    </main>
  );
}
