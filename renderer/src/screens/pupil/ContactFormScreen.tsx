import { type FormEvent, useState } from 'react';
import { emailProblem, phoneProblem } from '../../../../shared/rules/contactDetails';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { type ContactFields, type ContactForm, contactForm, toContact } from './peopleForms';
import type { TaskProps } from './taskProps';

const ids = {
  name: 'contact-name',
  relationship: 'contact-relationship',
  parentalResponsibility: 'contact-pr-yes',
  livesWithPupil: 'contact-lives-yes',
  mobilePhone: 'contact-mobile',
  homePhone: 'contact-home',
  workPhone: 'contact-work',
  email: 'contact-email',
};
type FieldName = keyof typeof ids;

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const orders = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => ({ value: n, label: n === '1' ? '1 (contact first)' : n }));

/** What the form can tell before asking main; main checks all of it again. */
function problems(f: ContactForm): FieldErrors<FieldName> {
  const found: FieldErrors<FieldName> = {};
  if (f.name.trim() === '') found.name = ['Enter the name of the parent or carer.'];
  if (f.relationship.trim() === '') found.relationship = ['Say how they are related to the pupil, for example mother or foster carer.'];
  if (f.parentalResponsibility === '') found.parentalResponsibility = ['Say whether they have parental responsibility.'];
  if (f.livesWithPupil === '') found.livesWithPupil = ['Say whether the pupil lives with them.'];
  for (const key of ['mobilePhone', 'homePhone', 'workPhone'] as const) {
    const problem = f[key].trim() === '' ? null : phoneProblem(f[key]);
    if (problem) found[key] = [problem];
  }
  const email = f.email.trim() === '' ? null : emailProblem(f.email);
  if (email) found.email = [email];
  return found;
}

interface ContactFormProps extends TaskProps {
  contactId: string | null;
  version: number;
  current: ContactFields | null;
}

/** Adds a parent or carer, or changes one: a change is saved as a new version and the earlier one is kept. */
export function ContactFormScreen({ pupilId, pupilName, contactId, version, current, onDone, onCancel }: ContactFormProps) {
  const [form, setForm] = useState(() => contactForm(current));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  const set = (key: keyof ContactForm) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (key in ids) errors.clear(key as FieldName);
  };
  const text = (key: Exclude<keyof ContactForm, 'parentalResponsibility' | 'livesWithPupil'>) => ({ value: form[key], onValueChange: set(key) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || errors.show(problems(form))) return;
    setBusy(true);
    const contact = toContact(form);
    const result = await window.senco.people.saveContact({ pupilId, contactId, version, contact });
    if (result.ok) return onDone(contactId ? `${contact.name}’s details saved. The earlier version is kept.` : `${contact.name} was added as a contact.`);
    setBusy(false);
    errors.showServer(result.error, {}, ids.name);
  }

  const title = current ? `Change the details of ${current.name}` : `Add a parent or carer for ${pupilName}`;
  return (
    <main className="page page--medium">
      <PageHeading title={title} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field id={ids.name} label="Full name" autoComplete="off" errors={errors.errors.name} {...text('name')} />
        <Field id={ids.relationship} label="Relationship to the pupil" hint="For example: mother, father, grandmother, foster carer." autoComplete="off" errors={errors.errors.relationship} {...text('relationship')} />
        <RadioGroup id="contact-pr" legend="Do they have parental responsibility?" name="parental-responsibility" value={form.parentalResponsibility} options={yesNo} errors={errors.errors.parentalResponsibility} onValueChange={set('parentalResponsibility')} />
        <RadioGroup id="contact-lives" legend="Does the pupil live with them?" name="lives-with" value={form.livesWithPupil} options={yesNo} errors={errors.errors.livesWithPupil} onValueChange={set('livesWithPupil')} />
        <SelectField id="contact-priority" label="Contact order" hint="Who the school calls first is 1." options={orders} value={form.priority} onValueChange={set('priority')} />

        <h2 className="form-group-title">Contact details</h2>
        <Field id={ids.mobilePhone} label="Mobile phone (optional)" type="tel" autoComplete="off" errors={errors.errors.mobilePhone} {...text('mobilePhone')} />
        <Field id={ids.homePhone} label="Home phone (optional)" type="tel" autoComplete="off" errors={errors.errors.homePhone} {...text('homePhone')} />
        <Field id={ids.workPhone} label="Work phone (optional)" type="tel" autoComplete="off" errors={errors.errors.workPhone} {...text('workPhone')} />
        <Field id={ids.email} label="Email (optional)" type="email" autoComplete="off" spellCheck={false} errors={errors.errors.email} {...text('email')} />
        <TextAreaField id="contact-address" label="Address (optional)" rows={3} {...text('address')} />
        <TextAreaField id="contact-notes" label="Notes (optional)" hint="For example: prefers a text message; needs an interpreter." rows={3} {...text('notes')} />
        <FormActions busy={busy} label={current ? 'Save the changes' : 'Add the contact'} busyLabel="Saving…" busyAnnouncement="Saving the contact." onCancel={onCancel} />
      </form>
    </main>
  );
}
