import type { SchoolMapCell } from '../../../../shared/domain/provisionMaps';
import { NavLink } from '../../components/NavLink';
import { costPair, dateSpan, hours } from './words';

interface CellEntriesProps {
  cell: SchoolMapCell;
  onOpenGroup(groupId: string): void;
}

/** The groups in one cell of the whole-school map, each linking to its group. */
export function CellEntries({ cell, onOpenGroup }: CellEntriesProps) {
  const costs = cell.entries.some((e) => e.cost);
  return (
    <section className="card map-cell" aria-labelledby="map-cell-heading">
      <h2 id="map-cell-heading" tabIndex={-1}>
        {cell.label}
      </h2>
      {cell.entries.length === 0 ? (
        <p>No provision in this cell for these dates.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Groups in {cell.label}</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Staff</th>
              <th scope="col">When</th>
              <th scope="col">Pupils</th>
              <th scope="col">Sessions and time</th>
              {costs ? <th scope="col">Cost</th> : null}
            </tr>
          </thead>
          <tbody>
            {cell.entries.map((entry) => (
              <tr key={entry.groupId}>
                <th scope="row">
                  <NavLink to={`group-${entry.groupId}`} onNavigate={() => onOpenGroup(entry.groupId)}>
                    {entry.name}
                  </NavLink>
                  <div className="cell-note">{dateSpan(entry.startDate, entry.endDate)}</div>
                </th>
                <td>{entry.staff.join(', ') || '—'}</td>
                <td>
                  {entry.when}
                  {entry.room ? <div className="cell-note">{entry.room}</div> : null}
                </td>
                <td>
                  {entry.pupilCount}
                  {entry.pupilNames?.length ? <div className="cell-note">{entry.pupilNames.join(', ')}</div> : null}
                </td>
                <td>
                  {entry.sessions} sessions, {hours(entry.hours)}
                </td>
                {costs ? <td>{entry.cost ? costPair(entry.cost) : '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
