import type { MapTotals as Totals } from '../../../../shared/domain/provisionMaps';
import { SummaryList } from '../../components/SummaryList';
import { costPair, hours } from './words';

/** The map's totals; the cost line only when main sent costs (the SENCO, for staff). */
export function MapTotals({ totals }: { totals: Totals }) {
  const rows: [string, string][] = [
    ['Groups', totals.groups.toLocaleString('en-GB')],
    ['Pupils', totals.pupils.toLocaleString('en-GB')],
    ['Sessions', totals.sessions.toLocaleString('en-GB')],
    ['Staff time', hours(totals.hours)],
  ];
  if (totals.cost) rows.push(['Cost', costPair(totals.cost)]);
  return <SummaryList rows={rows} />;
}
