import type { RegisterList } from '../../api';
import { areaLabel, needLabel, yearLabel } from './labels';

type Counts = RegisterList['counts'];

/** Counts by primary need, broad area and year over the pupils shown: one line each, largest first. */
export function RegisterSummary({ counts }: { counts: Counts }) {
  return (
    <section className="register-summary" aria-labelledby="register-summary-title">
      <h2 id="register-summary-title" className="visually-hidden">
        Counts
      </h2>
      <dl>
        <Line title="Primary need" counts={counts.byNeed} label={(code) => code} full={needLabel} />
        <Line title="Broad area" counts={counts.byArea} label={areaLabel} />
        <Line title="Year" counts={counts.byYear} label={(code) => yearLabel(code === 'none' ? null : code)} />
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
}

function Line({ title, counts, label, full }: LineProps) {
  const entries = Object.entries(counts).sort(([, a], [, b]) => b - a);
  return (
    <div className="register-summary__line">
      <dt>{title}</dt>
      {entries.length === 0 ? <dd>None</dd> : null}
      {entries.map(([key, n]) => (
        <dd key={key} className="count-chip">
          {full ? <abbr title={full(key)}>{label(key)}</abbr> : label(key)} <strong>{n}</strong>
        </dd>
      ))}
    </div>
  );
}
