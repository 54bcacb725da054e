import { type FormEvent, useState } from 'react';
import { emailProblem, phoneProblem } from '../../../../shared/rules/contactDetails';
import { periodProblem, professionalRoleLabels, professionalRoles, roleDescriptionProblem } from '../../../../shared/rules/involvement';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { today } from './decision';
import { type InvolvementFields, type InvolvementForm, involvementForm, toInvolvement } from './peopleForms';
import type { TaskProps } from './taskProps';

const ids = {
  role: 'involvement-role',
  roleDescription: 'involvement-role-description',
  name: 'involvement-name',
  phone: 'involvement-phone',
  email: 'involvement-email',
  startDate: 'involvement-start',
  endDate: 'involvement-end',
};
type FieldName = keyof typeof ids;

const roleOptions = professionalRoles.map((role) => ({ value: role, label: professionalRoleLabels[role] }));

/** What the form can tell before asking main, with the same rules main applies. */
function problems(f: InvolvementForm): FieldErrors<FieldName> {
  const found: FieldErrors<FieldName> = {};
  if (f.role === '') found.role = ['Choose the professional role.'];
  const role = f.role === '' ? null : roleDescriptionProblem(f.role, f.roleDescription);
  if (role) found.roleDescription = [role];
  if (f.name.trim() === '') found.name = ['Enter the name of the professional.'];
  const phone = f.phone.trim() === '' ? null : phoneProblem(f.phone);
  if (phone) found.phone = [phone];
  const email = f.email.trim() === '' ? null : emailProblem(f.email);
  if (email) found.email = [email];
  if (f.startDate === '') found.startDate = ['Enter the date the involvement started.'];
  const period = periodProblem(f.startDate || null, f.endDate || null);
  if (period) found.endDate = [period];
  return found;
}

interface InvolvementFormProps extends TaskProps {
  involvementId: string | null;
  version: number;
  current: InvolvementFields | null;
}

/** Records a professional's involvement, or changes it: a change is a new version; the earlier one is kept. */
export function InvolvementFormScreen({ pupilId, pupilName, involvementId, version, current, onDone, onCancel }: InvolvementFormProps) {
  const [form, setForm] = useState(() => involvementForm(current, today()));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  const set = (key: keyof InvolvementForm) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (key in ids) errors.clear(key as FieldName);
  };
  const text = (key: Exclude<keyof InvolvementForm, 'role'>) => ({ value: form[key], onValueChange: set(key) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { role } = form;
    if (busy || errors.show(problems(form)) || role === '') return;
    setBusy(true);
    const involvement = toInvolvement({ ...form, role });
    const result = await window.senco.people.saveInvolvement({ pupilId, involvementId, version, involvement });
    if (result.ok) return onDone(involvementId ? `The involvement of ${involvement.name} was saved. The earlier version is kept.` : `${involvement.name} was added to the professionals involved.`);
    setBusy(false);
    errors.showServer(result.error, {}, ids.role);
  }

  const title = current ? `Change the involvement of ${current.name}` : `Add a professional involved with ${pupilName}`;
  return (
    <main className="page page--medium">
      <PageHeading title={title} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <SelectField id={ids.role} label="Role" placeholder="Choose a role" options={roleOptions} errors={errors.errors.role} value={form.role} onValueChange={set('role')} />
        {form.role === 'other' ? (
          <Field id={ids.roleDescription} label="What is their role?" hint="For example: play therapist, school nurse." autoComplete="off" errors={errors.errors.roleDescription} {...text('roleDescription')} />
        ) : null}
        <Field id={ids.name} label="Name" autoComplete="off" errors={errors.errors.name} {...text('name')} />
        <Field id="involvement-service" label="Service or organisation (optional)" autoComplete="off" {...text('service')} />
        <Field id={ids.phone} label="Phone (optional)" type="tel" autoComplete="off" errors={errors.errors.phone} {...text('phone')} />
        <Field id={ids.email} label="Email (optional)" type="email" autoComplete="off" spellCheck={false} errors={errors.errors.email} {...text('email')} />
        <Field id={ids.startDate} label="Involved since" type="date" inputClassName="field__input--date" errors={errors.errors.startDate} {...text('startDate')} />
        <Field id={ids.endDate} label="Involvement ended (optional)" hint="Leave empty while they are still involved." type="date" inputClassName="field__input--date" errors={errors.errors.endDate} {...text('endDate')} />
        <TextAreaField id="involvement-notes" label="Notes (optional)" rows={3} {...text('notes')} />
        <FormActions busy={busy} label={current ? 'Save the changes' : 'Add the professional'} busyLabel="Saving…" busyAnnouncement="Saving the involvement." onCancel={onCancel} />
      </form>
    </main>
  );
}
