import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SuccessNotice } from '../../components/SuccessNotice';
import { useLoad } from '../../components/useLoad';
import { AccountsTable } from './AccountsTable';
import type { AccountsView } from './views';

interface AccountsListProps {
  /** What was just done, said once at the top and focused so that it is heard. */
  notice?: string | undefined;
  onOpen(view: AccountsView): void;
}

export function AccountsList({ notice, onOpen }: AccountsListProps) {
  const [loaded] = useLoad(() => window.senco.accounts.list(), 'SENCO Desk could not list the accounts.');

  return (
    <main className="page">
      <PageHeading title="Staff accounts" />
      <SuccessNotice notice={notice} />
      {loaded.state === 'loading' ? <p role="status">Loading the accounts…</p> : null}
      {loaded.state === 'failed' && loaded.error.code === 'FORBIDDEN_ROLE' ? <Refused message={loaded.error.message} /> : null}
      {loaded.state === 'failed' && loaded.error.code !== 'FORBIDDEN_ROLE' ? (
        <ErrorSummary errors={[{ message: loaded.error.message }]} />
      ) : null}
      {loaded.state === 'ready' ? (
        <>
          <p className="lead measure">
            Everyone who uses SENCO Desk on this laptop signs in with their own name and passphrase. Their role
            decides what they can see and do.
          </p>
          <div className="page-actions page-actions--top">
            <button type="button" className="button" onClick={() => onOpen({ name: 'add' })}>
              Add an account
            </button>
          </div>
          <AccountsTable accounts={loaded.value} onOpen={onOpen} />
        </>
      ) : null}
    </main>
  );
}

/** Main refused: say so plainly, with main's words (which name the role needed) and what to do instead. */
function Refused({ message }: { message: string }) {
  return (
    <section className="warning-panel" aria-labelledby="accounts-refused" role="alert">
      <h2 id="accounts-refused">You cannot manage staff accounts</h2>
      <p>{message}</p>
      <p>Ask the SENCO to add an account, change a role or set a new passphrase.</p>
    </section>
  );
}
