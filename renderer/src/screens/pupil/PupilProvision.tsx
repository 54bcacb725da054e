import { broadAreaLabels } from '../../../../shared/domain/sen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { useLoad } from '../../components/useLoad';
import { dateSpan, measureLabel, shortWave, signed } from '../provision/words';

interface PupilProvisionProps {
  pupilId: string;
  /** Opens the group the provision ran as, in the Provision section. */
  onOpenGroup(groupId: string): void;
  onOpenMap(): void;
}

/** Every provision the pupil has had, newest first, each linking to its group. */
export function PupilProvision({ pupilId, onOpenGroup, onOpenMap }: PupilProvisionProps) {
  const [loaded] = useLoad(() => window.senco.provision.pupilHistory({ pupilId }), 'SENCO Desk could not read the pupil’s provision.');
  return (
    <section className="section" aria-labelledby="pupil-provision-heading">
      <h2 id="pupil-provision-heading">Provision</h2>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onOpenMap}>
          Provision map
        </button>
      </div>
      {loaded.state === 'failed' ? <ErrorSummary errors={[{ message: loaded.error.message }]} /> : null}
      {loaded.state === 'loading' ? <p>Reading the provision…</p> : null}
      {loaded.state === 'ready' && loaded.value.length === 0 ? <p>No provision recorded yet.</p> : null}
      {loaded.state === 'ready' && loaded.value.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Provision the pupil has had, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Provision</th>
              <th scope="col">Dates</th>
              <th scope="col">Entry and exit</th>
              <th scope="col">Review outcome</th>
            </tr>
          </thead>
          <tbody>
            {loaded.value.map((row) => (
              <tr key={row.membershipId}>
                <th scope="row">
                  <NavLink to={`group-${row.groupId}`} onNavigate={() => onOpenGroup(row.groupId)}>
                    {row.groupName}
                  </NavLink>
                  <div className="cell-note">
                    {broadAreaLabels[row.area]}, {shortWave(row.wave)}
                  </div>
                </th>
                <td>{dateSpan(row.startDate, row.endDate)}</td>
                <td>
                  {measureLabel(row.measure)}: {row.entry?.score ?? '—'} → {row.exit?.score ?? '—'}
                  {row.entry && row.exit ? ` (${signed(row.exit.score - row.entry.score)})` : ''}
                </td>
                <td>{row.outcome ? row.outcome.label : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
