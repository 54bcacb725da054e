import { ErrorSummary } from '../../components/ErrorSummary';
import { useLoad } from '../../components/useLoad';
import { formatPence } from '../provision/money';
import { SettingsSection } from './SettingsSection';
import type { SettingsView } from './views';

/** The SENCO's staff roles and their pay: pay never leaves the SENCO's screens. */
export function StaffRolesSection({ onOpen }: { onOpen(view: SettingsView): void }) {
  const [loaded] = useLoad(() => window.senco.costing.listRoles({ includeArchived: true }), 'SENCO Desk could not read the staff roles.');
  const roles = loaded.state === 'ready' ? loaded.value : [];
  return (
    <SettingsSection id="staff-roles" title="Staff roles and pay">
      <p>The roles that run provision, with their hourly rates. Only you, as the SENCO, see or change pay.</p>
      <ErrorSummary errors={loaded.state === 'failed' ? [{ message: loaded.error.message }] : []} />
      {roles.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Staff roles and hourly rates</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Hourly rate</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <tr key={role.id}>
                <th scope="row">
                  {role.name}
                  {role.archived ? <span className="tag tag--warning"> Archived</span> : null}
                </th>
                <td>{role.hourlyRatePence === null ? 'Not set' : `${formatPence(role.hourlyRatePence)} an hour`}</td>
                <td>
                  <div className="button-row">
                    <button type="button" className="button button--secondary button--small" onClick={() => onOpen({ name: 'role', role })}>
                      Change {role.name}
                    </button>
                    <button type="button" className="button button--secondary button--small" onClick={() => onOpen({ name: 'archive-role', role })}>
                      {role.archived ? `Restore ${role.name}` : `Archive ${role.name}`}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        <button type="button" className="button button--secondary" onClick={() => onOpen({ name: 'role', role: null })}>
          Add a role
        </button>
      </p>
    </SettingsSection>
  );
}
