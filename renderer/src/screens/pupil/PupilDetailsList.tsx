import type { ReactNode } from 'react';
import type { PupilFile } from '../../api';
import { longDate, yearLabel, yesNo } from '../register/labels';
import { legalName } from '../register/names';
import { SummaryList } from '../../components/SummaryList';

type Pupil = PupilFile['pupil'];

const sexLabel = (sex: Pupil['sex']) => (sex === 'F' ? 'Female' : sex === 'M' ? 'Male' : 'Not recorded');

/** The pupil's details as a summary list; empty values say so rather than leaving a gap. `children` follow the list. */
export function PupilDetailsList({ pupil, children }: { pupil: Pupil; children?: ReactNode }) {
  const preferred = [pupil.preferredForename, pupil.preferredSurname].filter(Boolean).join(' ');
  const rows: [string, string][] = [
    ['Legal name', legalName(pupil)],
    ['Preferred name', preferred || '—'],
    ['Date of birth', longDate(pupil.dateOfBirth)],
    ['Sex', sexLabel(pupil.sex)],
    ['Year', yearLabel(pupil.ncYear)],
    ['Class', pupil.className ?? '—'],
    ['UPN', pupil.upn ?? '—'],
    ['Former UPN', pupil.formerUpn ?? '—'],
    ['ULN', pupil.uln ?? '—'],
    ['Admitted', longDate(pupil.admissionDate)],
    ['Left', pupil.leavingDate ? `${longDate(pupil.leavingDate)}${pupil.destinationSchool ? `, to ${pupil.destinationSchool}` : ''}` : '—'],
    ['EAL', yesNo(pupil.eal)],
    ['Pupil premium', yesNo(pupil.pupilPremium)],
    ['Free school meals', yesNo(pupil.fsm)],
    ['Looked after', yesNo(pupil.lookedAfter)],
    ['Previously looked after', yesNo(pupil.previouslyLookedAfter)],
    ['Medical notes', pupil.medicalNotes ?? '—'],
  ];
  return (
    <section className="card pupil-card" aria-labelledby="pupil-details">
      <h2 id="pupil-details">Details</h2>
      <SummaryList rows={rows} />
      {children}
    </section>
  );
}
