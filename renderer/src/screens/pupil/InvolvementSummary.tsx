import type { PupilFile } from '../../api';
import { longDate } from '../register/labels';

type InvolvementVersion = PupilFile['involvements'][number]['versions'][number];

/** One version of a professional's involvement as a summary list. */
export function InvolvementSummary({ involvement }: { involvement: InvolvementVersion }) {
  const rows: [string, string][] = [
    ['Service', involvement.service ?? '—'],
    ['Involved', `${longDate(involvement.startDate)} – ${involvement.endDate ? longDate(involvement.endDate) : 'now'}`],
    ['Phone', involvement.phone ?? '—'],
    ['Email', involvement.email ?? '—'],
    ['Notes', involvement.notes ?? '—'],
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
