import { roleLabels } from '../../../../shared/domain/roles';
import type { StaffAccount } from '../../api';
import { NavLink } from '../../components/NavLink';
import type { AccountsView } from './views';

interface AccountsTableProps {
  accounts: readonly StaffAccount[];
  onOpen(view: AccountsView): void;
}

const added = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** One row per person; each action names the person for a screen reader, which hears links out of context. */
export function AccountsTable({ accounts, onOpen }: AccountsTableProps) {
  return (
    <table className="table">
      <caption className="visually-hidden">Staff accounts</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Passphrase</th>
          <th scope="col">Added</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id}>
            <th scope="row">
              {account.name}
              {account.isYou ? <span className="tag tag--you">You</span> : null}
            </th>
            <td>{roleLabels[account.role]}</td>
            <td>{account.needsNewPassphrase ? <span className="tag tag--warning">Needs a new passphrase</span> : 'Set'}</td>
            <td>{added(account.createdAt)}</td>
            <td>
              <ul className="actions">
                <Action to="role" label="Change role" account={account} onOpen={() => onOpen({ name: 'role', account })} />
                <Action
                  to="reset"
                  label={account.needsNewPassphrase ? 'Set a new passphrase' : 'Reset passphrase'}
                  account={account}
                  onOpen={() => onOpen({ name: 'reset', account })}
                />
                {/* Main refuses to remove the account in use: not offered rather than refused. */}
                {account.isYou ? null : (
                  <Action to="remove" label="Remove" account={account} onOpen={() => onOpen({ name: 'remove', account })} />
                )}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Action({ to, label, account, onOpen }: { to: string; label: string; account: StaffAccount; onOpen(): void }) {
  return (
    <li>
      <NavLink to={to} onNavigate={onOpen}>
        {label}
        <span className="visually-hidden"> for {account.name}</span>
      </NavLink>
    </li>
  );
}
