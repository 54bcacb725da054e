import type { PupilFile } from '../../api';
import { longDate, needLabel, statusLabel } from '../register/labels';

const consultedLabels: Record<string, string> = { 'class-teacher': 'class teacher', parents: 'parents', pupil: 'pupil' };
const listOf = (items: readonly string[]) => (items.length === 0 ? 'Nobody recorded' : items.map((c) => consultedLabels[c] ?? c).join(', '));
const period = (start: string, end: string | null) => `${longDate(start)} – ${end ? longDate(end) : 'now'}`;

/** How the pupil's SEN came to be: every status period and every need, newest first, ended ones kept as history. */
export function SenChronology({ file }: { file: PupilFile }) {
  const statuses = [...file.senStatuses].reverse();
  const needs = [...file.senNeeds].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.rank - b.rank);
  return (
    <section className="section" aria-labelledby="pupil-chronology">
      <h2 id="pupil-chronology">SEN chronology</h2>
      {statuses.length === 0 ? (
        <p>No SEN status has been recorded.</p>
      ) : (
        <table className="table chronology-table">
          <caption>Status periods</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Period</th>
              <th scope="col">Decision</th>
              <th scope="col">Consulted</th>
              <th scope="col">Parents informed</th>
            </tr>
          </thead>
          <tbody>
            {statuses.map((s) => (
              <tr key={s.id} className={s.endDate ? 'is-ended' : undefined}>
                <th scope="row">{statusLabel(s.provision)}</th>
                <td>{period(s.startDate, s.endDate)}</td>
                <td>
                  {s.decisionDate ? longDate(s.decisionDate) : '—'}
                  {s.decidedBy ? <span className="muted block">by {s.decidedBy}</span> : null}
                  {s.note ? <span className="muted block">{s.note}</span> : null}
                </td>
                <td>{listOf(s.consulted)}</td>
                <td>{s.parentsInformedOn ? longDate(s.parentsInformedOn) : 'Not recorded'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {needs.length === 0 ? null : (
        <table className="table chronology-table">
          <caption>Needs</caption>
          <thead>
            <tr>
              <th scope="col">Need</th>
              <th scope="col">Rank</th>
              <th scope="col">Period</th>
            </tr>
          </thead>
          <tbody>
            {needs.map((n) => (
              <tr key={n.id} className={n.endDate ? 'is-ended' : undefined}>
                <th scope="row">
                  {n.needType} – {needLabel(n.needType)}
                  {n.endDate ? <span className="tag">Ended</span> : null}
                </th>
                <td>{n.rank}</td>
                <td>{period(n.startDate, n.endDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
