import type { SessionInfo } from '../../../../shared/contract/vault';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { useAction } from '../../components/useAction';
import type { Route } from '../signedIn/pages';

interface HomeBannersProps {
  session: SessionInfo;
  onNavigate(route: Route): void;
}

/**
 * What the SENCO must do before anything else is safe: record a recovery key,
 * and give new passphrases to staff who lost theirs in a recovery. Others
 * cannot act on either, so they are not shown them.
 */
export function HomeBanners({ session, onNavigate }: HomeBannersProps) {
  const renew = useAction(
    () => window.senco.recovery.renew(),
    (renewed) => onNavigate({ page: 'recovery-key', groups: renewed.recoveryKey }),
  );
  if (session.user.role !== 'senco') return null;
  const needing = session.accountsNeedingPassphrase;

  return (
    <>
      <ErrorSummary errors={renew.error ? [{ message: renew.error }] : []} />
      {session.recoveryKeyConfirmed ? null : (
        <section className="important-banner" aria-labelledby="no-recovery-key">
          <h2 id="no-recovery-key">No recovery key has been confirmed for this vault</h2>
          <p>
            If passphrases are forgotten or this laptop fails, nobody could open the records. Make a new recovery key
            and record it now. Any key shown before stops working.
          </p>
          <button type="button" className="button" disabled={renew.busy} onClick={renew.start}>
            {renew.busy ? 'Making a new recovery key…' : 'Make a new recovery key'}
          </button>
        </section>
      )}
      {needing > 0 ? (
        <section className="important-banner" aria-labelledby="accounts-needing">
          <h2 id="accounts-needing">
            {needing === 1 ? '1 staff account needs a new passphrase' : `${needing} staff accounts need a new passphrase`}
          </h2>
          <p>Their passphrases do not work on this laptop. Set a new one for each and tell them in person.</p>
          <NavLink to="accounts" className="banner-link" onNavigate={() => onNavigate({ page: 'accounts' })}>
            Go to staff accounts
          </NavLink>
        </section>
      ) : null}
    </>
  );
}
