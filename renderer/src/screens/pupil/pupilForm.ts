import type { z } from 'zod';
import type { pupilDetails } from '../../../../shared/contract/pupils';
import type { DraftData } from '../../api';

export type PupilDetailsInput = z.input<typeof pupilDetails>;

/** The add-a-pupil form as its controls hold it: text is '' when empty, dates are YYYY-MM-DD. */
export const emptyPupil = {
  legalForename: '', legalSurname: '', preferredForename: '', preferredSurname: '',
  dateOfBirth: '', sex: '' as '' | 'M' | 'F', ncYear: '', className: '',
  upn: '', formerUpn: '', uln: '', admissionDate: '', leavingDate: '', destinationSchool: '',
  eal: false, pupilPremium: false, fsm: false, lookedAfter: false, previouslyLookedAfter: false,
  medicalNotes: '',
};
export type PupilForm = typeof emptyPupil;
export type TextKey = { [K in keyof PupilForm]: PupilForm[K] extends string ? K : never }[keyof PupilForm];

export const pupilIds = {
  legalForename: 'pupil-legal-forename',
  legalSurname: 'pupil-legal-surname',
  dateOfBirth: 'pupil-dob',
} as const;

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function toDetails(f: PupilForm): PupilDetailsInput {
  return {
    upn: orNull(f.upn), formerUpn: orNull(f.formerUpn), uln: orNull(f.uln),
    legalSurname: f.legalSurname.trim(), legalForename: f.legalForename.trim(),
    preferredSurname: orNull(f.preferredSurname), preferredForename: orNull(f.preferredForename),
    dateOfBirth: f.dateOfBirth, sex: f.sex === '' ? null : f.sex,
    ncYear: orNull(f.ncYear), className: orNull(f.className),
    admissionDate: orNull(f.admissionDate), leavingDate: orNull(f.leavingDate), destinationSchool: orNull(f.destinationSchool),
    eal: f.eal, pupilPremium: f.pupilPremium, fsm: f.fsm, lookedAfter: f.lookedAfter,
    previouslyLookedAfter: f.previouslyLookedAfter, medicalNotes: orNull(f.medicalNotes),
  };
}

export const isEmptyPupil = (f: PupilForm): boolean => JSON.stringify(f) === JSON.stringify(emptyPupil);

/** A draft back into the form: only keys the form has, with values of the right kind. */
export function fromDraft(data: DraftData): PupilForm {
  const form: Record<string, unknown> = { ...emptyPupil };
  for (const [key, value] of Object.entries(data)) {
    if (key in emptyPupil && typeof value === typeof emptyPupil[key as keyof PupilForm]) form[key] = value;
  }
  return form as PupilForm;
}

/** Recorded details back into the form, to change them: nulls become empty controls. */
export function formFromDetails(d: PupilDetailsInput): PupilForm {
  const text = (value: string | null | undefined) => value ?? '';
  return {
    legalForename: d.legalForename, legalSurname: d.legalSurname, preferredForename: text(d.preferredForename),
    preferredSurname: text(d.preferredSurname), dateOfBirth: d.dateOfBirth, sex: d.sex ?? '', ncYear: text(d.ncYear),
    className: text(d.className), upn: text(d.upn), formerUpn: text(d.formerUpn), uln: text(d.uln),
    admissionDate: text(d.admissionDate), leavingDate: text(d.leavingDate), destinationSchool: text(d.destinationSchool),
    eal: d.eal, pupilPremium: d.pupilPremium, fsm: d.fsm, lookedAfter: d.lookedAfter,
    previouslyLookedAfter: d.previouslyLookedAfter, medicalNotes: text(d.medicalNotes),
  };
}

/** What the form can say is missing before it asks main, which checks everything again. */
export function missingPupilDetails(f: PupilForm): Partial<Record<'legalForename' | 'legalSurname' | 'dateOfBirth', string[]>> {
  const found: Partial<Record<'legalForename' | 'legalSurname' | 'dateOfBirth', string[]>> = {};
  if (f.legalForename.trim() === '') found.legalForename = ['Enter the legal forename.'];
  if (f.legalSurname.trim() === '') found.legalSurname = ['Enter the legal surname.'];
  if (f.dateOfBirth === '') found.dateOfBirth = ['Enter the date of birth.'];
  return found;
}
