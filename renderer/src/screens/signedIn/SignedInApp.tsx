import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { AppFooter } from '../../components/AppHeader';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useKeepAlive } from '../../components/useKeepAlive';
import { useShortcuts } from '../../components/useShortcuts';
import { startDraftSession } from '../../forms/draftSession';
import { AccountsScreen } from '../accounts/AccountsScreen';
import { DisclosuresScreen } from '../disclosures/DisclosuresScreen';
import { ProvisionScreen } from '../provision/ProvisionScreen';
import { RegisterScreen } from '../register/RegisterScreen';
import { RecoveryKeyFlow } from '../recoveryKey/RecoveryKeyFlow';
import { RotatingScreen } from '../settings/RotatingScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { isFocusedTask, type NavPage, pageOfShortcut, type Route } from './pages';
import { SignedInHeader } from './SignedInHeader';

interface SignedInAppProps {
  session: SessionInfo;
  /** The key of a vault just created, to show once before anything else. */
  recoveryKey: string[] | null;
  onLocked(): void;
}

/** Everything behind the lock. Unmounted the moment the vault locks, taking what it showed with it. */
export function SignedInApp({ session: initial, recoveryKey, onLocked }: SignedInAppProps) {
  const [session, setSession] = useState(initial);
  const [route, setRoute] = useState<Route>(recoveryKey ? { page: 'recovery-key', groups: recoveryKey } : { page: 'register' });
  // Each visit remounts its page, so choosing "Accounts" from an account's form goes back to the list.
  const [visit, setVisit] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // Set while an import saves: main refuses every other call until it ends, so there is nowhere to go meanwhile.
  const [saving, setSaving] = useState(false);
  // Once per sign-in: drafts found from now on were left before this sign-in, i.e. when the vault locked.
  useState(() => startDraftSession());
  useKeepAlive();

  // What main knows about the session (recovery key confirmed, accounts to reset) changes as the SENCO works.
  const refreshSession = useCallback(async () => {
    const result = await window.senco.session.current();
    if (result.ok) setSession(result.value);
  }, []);

  const go = useCallback((next: Route) => {
    setError(null);
    setRoute(next);
    setVisit((v) => v + 1);
  }, []);
  const navigate = useCallback((page: NavPage) => go({ page }), [go]);

  useEffect(() => {
    if (route.page === 'register') void refreshSession();
  }, [route, refreshSession]);

  // Main's view of the session first, so the home screen does not flash the "no recovery key" banner.
  const confirmed = async () => {
    await refreshSession();
    go({ page: 'register', notice: 'Your recovery key is confirmed. Keep the emergency kit locked away.' });
  };

  const focused = isFocusedTask(route) || saving;
  useShortcuts(
    useCallback(
      (digit: string) => {
        const page = pageOfShortcut(digit);
        if (!page || focused) return false;
        navigate(page);
        return true;
      },
      [focused, navigate],
    ),
  );

  return (
    <>
      <SignedInHeader
        session={session}
        current={focused ? null : (route.page as NavPage)}
        showNav={!focused}
        onNavigate={navigate}
        onLocked={onLocked}
        onLockFailed={setError}
      />
      {error ? (
        <div className="page-alert">
          <ErrorSummary errors={[{ message: error }]} />
        </div>
      ) : null}
      {renderPage()}
      <AppFooter />
    </>
  );

  function renderPage() {
    switch (route.page) {
      case 'register':
        return <RegisterScreen key={visit} session={session} notice={route.notice} pupilId={route.pupilId} onNavigate={go} onSaving={setSaving} />;
      case 'provision':
        return <ProvisionScreen key={visit} session={session} view={route.view} onNavigate={go} />;
      case 'accounts':
        return <AccountsScreen key={visit} session={session} onChanged={refreshSession} />;
      case 'disclosures':
        return <DisclosuresScreen key={visit} role={session.user.role} initial={route.view} />;
      case 'settings':
        return <SettingsScreen key={visit} session={session} notice={route.notice} onNavigate={go} />;
      case 'recovery-key':
        return (
          <RecoveryKeyFlow
            key={visit}
            groups={route.groups}
            onConfirmed={() => void confirmed()}
          />
        );
      case 'rotating':
        return <RotatingScreen key={visit} onFinished={(notice) => go({ page: 'settings', notice })} />;
      default: {
        const unknown: never = route;
        throw new Error(`Unknown page: ${JSON.stringify(unknown)}`);
      }
    }
  }
}
