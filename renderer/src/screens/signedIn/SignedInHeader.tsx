import { useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { roleLabels } from '../../../../shared/domain/roles';
import { AppHeader } from '../../components/AppHeader';
import { AppNav } from '../../components/AppNav';
import { navItemsFor, type NavPage } from './pages';

interface SignedInHeaderProps {
  session: SessionInfo;
  /** The section shown, or null during a task that hides the navigation. */
  current: NavPage | null;
  showNav: boolean;
  onNavigate(page: NavPage): void;
  onLocked(): void;
  onLockFailed(message: string): void;
}

export function SignedInHeader({ session, current, showNav, onNavigate, onLocked, onLockFailed }: SignedInHeaderProps) {
  const [busy, setBusy] = useState(false);

  async function lock() {
    setBusy(true);
    const result = await window.senco.vault.lock();
    if (result.ok) return onLocked();
    setBusy(false);
    onLockFailed(result.error.message);
  }

  const nav = showNav ? <AppNav items={navItemsFor(session.user.role)} current={current} onNavigate={onNavigate} /> : null;
  return (
    <AppHeader schoolName={session.schoolName} nav={nav}>
      <p className="signed-in">
        <span className="signed-in__label">Signed in as</span> <span className="signed-in__name">{session.user.name}</span>
        <span className="visually-hidden">,</span> <span className="signed-in__role">{roleLabels[session.user.role]}</span>
      </p>
      <button type="button" className="button button--header" disabled={busy} onClick={() => void lock()}>
        {busy ? 'Locking…' : 'Lock'}
      </button>
    </AppHeader>
  );
}
