import { CheckboxField } from '../../components/CheckboxField';
import { Field } from '../../components/Field';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { FieldErrors } from '../../forms/useFormErrors';
import { yearOptions } from '../register/labels';
import { type PupilForm, pupilIds } from './pupilForm';
import { UpnField } from './UpnField';

interface Props {
  form: PupilForm;
  errors: FieldErrors<keyof typeof pupilIds>;
  set<K extends keyof PupilForm>(key: K): (value: PupilForm[K]) => void;
}

const sexOptions = [
  { value: 'F', label: 'Female' },
  { value: 'M', label: 'Male' },
];
const flags = [
  ['eal', 'English as an additional language (EAL)'],
  ['pupilPremium', 'Pupil premium'],
  ['fsm', 'Free school meals'],
  ['lookedAfter', 'Looked after'],
  ['previouslyLookedAfter', 'Previously looked after'],
] as const;

/** A pupil's details, grouped as a school office records them: name, birth, school, identifiers, flags. */
export function PupilDetailsFields({ form, errors, set }: Props) {
  const text = (key: Exclude<keyof PupilForm, 'sex' | (typeof flags)[number][0]>) => ({ value: form[key], onValueChange: set(key) });
  return (
    <>
      <h2 className="form-group-title">Name</h2>
      <Field id={pupilIds.legalForename} label="Legal forename" autoComplete="off" errors={errors.legalForename} {...text('legalForename')} />
      <Field id={pupilIds.legalSurname} label="Legal surname" autoComplete="off" errors={errors.legalSurname} {...text('legalSurname')} />
      <Field id="pupil-preferred-forename" label="Preferred forename (optional)" hint="The name the pupil goes by, if different." autoComplete="off" {...text('preferredForename')} />
      <Field id="pupil-preferred-surname" label="Preferred surname (optional)" autoComplete="off" {...text('preferredSurname')} />

      <h2 className="form-group-title">Birth</h2>
      <Field id={pupilIds.dateOfBirth} label="Date of birth" type="date" inputClassName="field__input--date" errors={errors.dateOfBirth} {...text('dateOfBirth')} />
      <RadioGroup id="pupil-sex" legend="Sex (optional)" name="sex" value={form.sex} options={sexOptions} onValueChange={(v) => set('sex')(v === 'M' || v === 'F' ? v : '')} />

      <h2 className="form-group-title">At school</h2>
      <SelectField id="pupil-year" label="Year group (optional)" placeholder="Not known" options={yearOptions} value={form.ncYear} onValueChange={set('ncYear')} />
      <Field id="pupil-class" label="Class (optional)" autoComplete="off" inputClassName="field__input--narrow" {...text('className')} />
      <Field id="pupil-admitted" label="Date admitted (optional)" type="date" inputClassName="field__input--date" {...text('admissionDate')} />
      <Field id="pupil-left" label="Leaving date (optional)" type="date" inputClassName="field__input--date" {...text('leavingDate')} />
      <Field id="pupil-destination" label="Destination school (optional)" autoComplete="off" {...text('destinationSchool')} />

      <h2 className="form-group-title">Identifiers</h2>
      <UpnField value={form.upn} onValueChange={set('upn')} />
      <Field id="pupil-former-upn" label="Former UPN (optional)" hint="Kept when a temporary UPN is replaced." autoComplete="off" {...text('formerUpn')} />
      <Field id="pupil-uln" label="ULN (optional)" hint="10 digits; Year 10 and above." autoComplete="off" {...text('uln')} />

      <h2 className="form-group-title">Circumstances</h2>
      {flags.map(([key, label]) => (
        <CheckboxField key={key} id={`pupil-${key}`} label={label} checked={form[key]} onCheckedChange={set(key)} />
      ))}
      <TextAreaField id="pupil-medical" label="Medical notes (optional)" rows={4} {...text('medicalNotes')} />
    </>
  );
}
