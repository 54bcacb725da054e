import { ErrorSummary } from '../../components/ErrorSummary';
import { useLoad } from '../../components/useLoad';
import { signed } from '../provision/words';
import { SettingsSection } from './SettingsSection';
import type { SettingsView } from './views';

/** The school's words for how a pupil's provision went, each scored −2 to +2. */
export function ReviewOutcomesSection({ onOpen }: { onOpen(view: SettingsView): void }) {
  const [loaded] = useLoad(() => window.senco.provision.listOutcomes({ includeArchived: true }), 'SENCO Desk could not read the review outcomes.');
  const outcomes = loaded.state === 'ready' ? loaded.value : [];
  return (
    <SettingsSection id="review-outcomes" title="Review outcomes">
      <p>What a provision’s review can say about a pupil, each with a score from −2 to +2 for the impact figures.</p>
      <ErrorSummary errors={loaded.state === 'failed' ? [{ message: loaded.error.message }] : []} />
      {outcomes.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Review outcomes and their scores</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Score</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  {o.label}
                  {o.archived ? <span className="tag tag--warning"> Archived</span> : null}
                </th>
                <td>{signed(o.score)}</td>
                <td>
                  <div className="button-row">
                    <button type="button" className="button button--secondary button--small" onClick={() => onOpen({ name: 'outcome', outcome: o })}>
                      Change {o.label}
                    </button>
                    <button type="button" className="button button--secondary button--small" onClick={() => onOpen({ name: 'archive-outcome', outcome: o })}>
                      {o.archived ? `Restore ${o.label}` : `Archive ${o.label}`}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'outcome', outcome: null })}>
          Add a review outcome
        </button>
      </p>
    </SettingsSection>
  );
}
