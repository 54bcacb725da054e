import type { PupilFile } from '../../api';
import { longDate, needLabel, statusLabel } from '../register/labels';

interface CurrentSenProps {
  file: PupilFile;
  monitoring: boolean;
}

/** The SEN status open today, the needs in rank order, and whether the pupil is being monitored. */
export function CurrentSen({ file, monitoring }: CurrentSenProps) {
  const open = file.senStatuses.find((s) => s.endDate === null);
  const needs = file.senNeeds.filter((n) => n.endDate === null).sort((a, b) => a.rank - b.rank);
  return (
    <section className="card pupil-card" aria-labelledby="pupil-sen-now">
      <h2 id="pupil-sen-now">SEN now</h2>
      <dl className="summary-list">
        <div>
          <dt>Status</dt>
          <dd>
            {statusLabel(open?.provision ?? null)}
            {open ? <span className="muted"> since {longDate(open.startDate)}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Monitoring</dt>
          <dd>{monitoring ? 'On the monitoring list' : 'Not monitored'}</dd>
        </div>
      </dl>
      <h3>Current needs</h3>
      {needs.length === 0 ? (
        <p>No needs recorded.</p>
      ) : (
        <ol className="needs-list">
          {needs.map((need) => (
            <li key={need.id}>
              <strong>{need.rank === 1 ? 'Primary' : need.rank === 2 ? 'Secondary' : `Rank ${need.rank}`}:</strong>{' '}
              {need.needType} – {needLabel(need.needType)} <span className="muted">since {longDate(need.startDate)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
