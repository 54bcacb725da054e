import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/contract/result';
import type { StaffAccount } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useScreen } from '../../components/useScreen';
import { AccountsTable } from './AccountsTable';
import type { AccountsView } from './views';

interface AccountsListProps {
  /** What was just done, said once at the top and focused so that it is heard. */
  notice?: string | undefined;
  onOpen(view: AccountsView): void;
}

type Loaded = { state: 'loading' } | { state: 'ready'; accounts: StaffAccount[] } | { state: 'failed'; error: AppError };

export function AccountsList({ notice, onOpen }: AccountsListProps) {
  const heading = useScreen<HTMLHeadingElement>('Staff accounts');
  const noticeRef = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    window.senco.accounts.list().then(
      (result) => live && setLoaded(result.ok ? { state: 'ready', accounts: result.value } : { state: 'failed', error: result.error }),
      () => live && setLoaded({ state: 'failed', error: { code: 'INTERNAL', message: 'SENCO Desk could not list the accounts.' } }),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <main className="page">
      <h1 ref={heading} tabIndex={-1}>
        Staff accounts
      </h1>
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} className="success-panel" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
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
          <AccountsTable accounts={loaded.accounts} onOpen={onOpen} />
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
