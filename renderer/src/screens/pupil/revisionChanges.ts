import type { PupilFile } from '../../api';
import { longDate, yearLabel } from '../register/labels';

type Details = PupilFile['revisions'][number]['details'];

const labels: Record<keyof Details, string> = {
  legalForename: 'Legal forename', legalSurname: 'Legal surname', preferredForename: 'Preferred forename',
  preferredSurname: 'Preferred surname', dateOfBirth: 'Date of birth', sex: 'Sex', ncYear: 'Year', className: 'Class',
  admissionDate: 'Admitted', leavingDate: 'Leaving date', destinationSchool: 'Destination school', upn: 'UPN',
  formerUpn: 'Former UPN', uln: 'ULN', eal: 'EAL', pupilPremium: 'Pupil premium', fsm: 'Free school meals',
  lookedAfter: 'Looked after', previouslyLookedAfter: 'Previously looked after', medicalNotes: 'Medical notes',
};

const dates = new Set<keyof Details>(['dateOfBirth', 'admissionDate', 'leavingDate']);

function shown(key: keyof Details, value: Details[keyof Details]): string {
  if (value === null || value === '') return 'blank';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (key === 'sex') return value === 'F' ? 'Female' : 'Male';
  if (key === 'ncYear') return yearLabel(value);
  return dates.has(key) ? longDate(value) : value;
}

export interface Change {
  field: string;
  from: string;
  to: string;
}

/** What one revision changed from the one before, in the order the form shows the fields. */
export function revisionChanges(before: Details, after: Details): Change[] {
  const changes: Change[] = [];
  for (const key of Object.keys(labels) as (keyof Details)[]) {
    if ((before[key] ?? null) === (after[key] ?? null)) continue;
    changes.push({ field: labels[key], from: shown(key, before[key]), to: shown(key, after[key]) });
  }
  return changes;
}
