import type { PupilFile } from '../../api';
import { longDate } from '../register/labels';
import { SummaryList } from '../../components/SummaryList';

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
  return <SummaryList rows={rows} />;
}
