import { roleLabels, roles } from '../../../../shared/domain/roles';
import { roleHelp } from './roleHelp';

/** Folded away: most people choosing a role know them already; the rest can open it with Enter or Space. */
export function RoleHelp() {
  return (
    <details className="details">
      <summary className="details__summary">What each role can do</summary>
      <dl className="details__text role-help">
        {roles.map((role) => (
          <div key={role}>
            <dt>{roleLabels[role]}</dt>
            <dd>{roleHelp[role]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
