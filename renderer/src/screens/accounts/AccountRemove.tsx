import { useState } from 'react';
import { roleLabels } from '../../../../shared/domain/roles';
import type { StaffAccount } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useScreen } from '../../components/useScreen';

interface AccountRemoveProps {
  account: StaffAccount;
  onDone(notice: string): void;
  onCancel(): void;
}

/** A step of its own, naming the person, so that removing an account is never one click away. */
export function AccountRemove({ account, onDone, onCancel }: AccountRemoveProps) {
  const heading = useScreen<HTMLHeadingElement>(`Remove ${account.name}’s account`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    const result = await window.senco.accounts.remove({ accountId: account.id });
    if (result.ok) return onDone(`${account.name}’s account was removed.`);
    setBusy(false);
    setError(result.error.message);
  }

  return (
    <main className="page page--narrow">
      <h1 ref={heading} tabIndex={-1}>
        Remove {account.name}’s account?
      </h1>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <div className="card">
        <p>
          {account.name} ({roleLabels[account.role]}) will no longer be able to sign in to SENCO Desk on this laptop.
        </p>
        <p>Records they wrote are kept. To let them back in later, add a new account for them.</p>
        <div className="button-row">
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void remove()}>
            {busy ? 'Removing…' : `Yes, remove ${account.name}’s account`}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            No, keep it
          </button>
        </div>
      </div>
    </main>
  );
}
