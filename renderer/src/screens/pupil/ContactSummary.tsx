import type { PupilFile } from '../../api';

type ContactVersion = PupilFile['contacts'][number]['versions'][number];

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

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
  return (
    <dl className="summary-list">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
