import type { PupilFile } from '../../api';
import { yesNo } from '../register/labels';
import { SummaryList } from '../../components/SummaryList';

type ContactVersion = PupilFile['contacts'][number]['versions'][number];


/** One version of a parent or carer as a summary list; empty values say so rather than leaving a gap. */
export function ContactSummary({ contact }: { contact: ContactVersion }) {
  const phones = [
    ['Mobile', contact.mobilePhone],
    ['Home', contact.homePhone],
    ['Work', contact.workPhone],
  ].filter(([, number]) => number !== null);
  const rows: [string, string][] = [
    ['Relationship', contact.relationship],
    ['Parental responsibility', yesNo(contact.parentalResponsibility)],
    ['Lives with the pupil', yesNo(contact.livesWithPupil)],
    ['Contact order', String(contact.priority)],
    ['Phone', phones.length === 0 ? '—' : phones.map(([label, number]) => `${label}: ${number}`).join('\n')],
    ['Email', contact.email ?? '—'],
    ['Address', contact.address ?? '—'],
    ['Notes', contact.notes ?? '—'],
  ];
  return <SummaryList rows={rows} />;
}
