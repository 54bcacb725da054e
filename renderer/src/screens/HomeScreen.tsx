import { useState } from 'react';
import type { SessionInfo } from '../../../shared/contract/vault';
import { roleLabels } from '../../../shared/domain/roles';
import { AppFooter, AppHeader } from '../components/AppHeader';
import { ErrorSummary } from '../components/ErrorSummary';
import { useScreen } from '../components/useScreen';
import { RegisterEmpty } from './RegisterEmpty';
import './home.css';

interface HomeScreenProps {
  session: SessionInfo;
  onLocked(): void;
}

export function HomeScreen({ session, onLocked }: HomeScreenProps) {
  const heading = useScreen<HTMLHeadingElement>('SEND register');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function lock() {
    setBusy(true);
    const result = await window.senco.vault.lock();
    if (result.ok) return onLocked();
    setBusy(false);
    setError(result.error.message);
  }

  return (
    <>
      <AppHeader schoolName={session.schoolName}>
        <p className="signed-in">
          <span className="signed-in__label">Signed in as</span>{' '}
          <span className="signed-in__name">{session.user.name}</span>
          <span className="visually-hidden">,</span> <span className="signed-in__role">{roleLabels[session.user.role]}</span>
        </p>
        <button type="button" className="button button--header" disabled={busy} onClick={() => void lock()}>
          {busy ? 'Locking…' : 'Lock'}
        </button>
      </AppHeader>
      <main className="page">
        <h1 ref={heading} tabIndex={-1}>
          SEND register
        </h1>
        <ErrorSummary errors={error ? [{ message: error }] : []} />
        <RegisterEmpty />
      </main>
      <AppFooter />
    </>
  );
}
