import { ncYearGroups } from '../../../../shared/domain/sen';
import type { RegisterList } from '../../api';
import { areaLabel, needLabel, yearLabel } from './labels';

type Counts = RegisterList['counts'];

/** Counts by primary need and broad area (largest first) and by year (in school order) over the pupils shown. */
export function RegisterSummary({ counts }: { counts: Counts }) {
  return (
    <section className="register-summary" aria-labelledby="register-summary-title">
      <h2 id="register-summary-title" className="visually-hidden">
        Counts
      </h2>
      <dl>
        <Line title="Primary need" counts={counts.byNeed} label={(code) => code} full={needLabel} />
        <Line title="Broad area" counts={counts.byArea} label={areaLabel} />
        <Line title="Year" counts={counts.byYear} label={(code) => yearLabel(code === 'none' ? null : code)} order={schoolOrder} />
      </dl>
    </section>
  );
}

interface LineProps {
  title: string;
  counts: Record<string, number>;
  label(key: string): string;
  /** A longer name, for the tooltip and for screen readers. */
  full?(key: string): string;
  /** How to order the keys; largest count first unless given. */
  order?(a: [string, number], b: [string, number]): number;
}

// Reception before Year 1, Year 2 before Year 10; a year the DfE list does not know, then no year, last.
const yearRank = (code: string) => {
  const index = (ncYearGroups as readonly string[]).indexOf(code);
  return index === -1 ? ncYearGroups.length + (code === 'none' ? 1 : 0) : index;
};
const schoolOrder = ([a]: [string, number], [b]: [string, number]) => yearRank(a) - yearRank(b);
const largestFirst = ([, a]: [string, number], [, b]: [string, number]) => b - a;

function Line({ title, counts, label, full, order = largestFirst }: LineProps) {
  const entries = Object.entries(counts).sort(order);
  return (
    <div className="register-summary__line">
      <dt>{title}</dt>
      {entries.length === 0 ? <dd>None</dd> : null}
      {entries.map(([key, n]) => (
        <dd key={key} className="count-chip">
          {full ? <abbr title={full(key)}>{label(key)}</abbr> : label(key)} <strong>{n.toLocaleString('en-GB')}</strong>
        </dd>
      ))}
    </div>
  );
}
