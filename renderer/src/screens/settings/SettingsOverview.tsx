import { useEffect, useRef, useState } from 'react';
import { mayCall, permissions } from '../../../../shared/contract/permissions';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { roleLabels } from '../../../../shared/domain/roles';
import type { SecuritySettings } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NavLink } from '../../components/NavLink';
import { useScreen } from '../../components/useScreen';
import { bindingText } from './bindingText';
import { IdleMinutesForm } from './IdleMinutesForm';
import { KeySections } from './KeySections';
import type { SettingsView } from './views';

interface SettingsOverviewProps {
  session: SessionInfo;
  notice?: string | undefined;
  onOpen(view: SettingsView): void;
}

export function SettingsOverview({ session, notice, onOpen }: SettingsOverviewProps) {
  const heading = useScreen<HTMLHeadingElement>('Settings');
  const noticeRef = useRef<HTMLDivElement>(null);
  const [security, setSecurity] = useState<SecuritySettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const role = session.user.role;

  useEffect(() => {
    let live = true;
    window.senco.settings.security().then(
      (result) => live && (result.ok ? setSecurity(result.value) : setError(result.error.message)),
      () => live && setError('SENCO Desk could not read the settings.'),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <main className="page page--medium">
      <h1 ref={heading} tabIndex={-1}>
        Settings
      </h1>
      {notice ? (
        <div ref={noticeRef} tabIndex={-1} className="success-panel" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <section className="card section" aria-labelledby="your-account">
        <h2 id="your-account">Your account</h2>
        <dl className="summary">
          <div>
            <dt>Name</dt>
            <dd>{session.user.name}</dd>
          </div>
          <div>
            <dt>Role</dt>
            <dd>{roleLabels[role]}</dd>
          </div>
        </dl>
        <NavLink to="change-passphrase" onNavigate={() => onOpen({ name: 'passphrase' })}>
          Change your passphrase
        </NavLink>
      </section>
      {security ? (
        <>
          <section className="card section" aria-labelledby="locking">
            <h2 id="locking">Locking</h2>
            {mayCall(permissions['settings.setIdleMinutes'], role) ? (
              <IdleMinutesForm initial={security.idleMinutes} onSaved={setSecurity} />
            ) : (
              <p>
                SENCO Desk locks after {security.idleMinutes} {security.idleMinutes === 1 ? 'minute' : 'minutes'} without
                use. Only the SENCO can change this.
              </p>
            )}
            <p className="section__note">It also locks at once when the laptop locks its screen or goes to sleep.</p>
          </section>
          <section className="card section" aria-labelledby="protection">
            <h2 id="protection">How the vault is protected</h2>
            <p className="section__status">{bindingText[security.binding].title}</p>
            <p>{bindingText[security.binding].detail}</p>
          </section>
          {mayCall(permissions['keys.rotateDataKey'], role) ? <KeySections security={security} onOpen={onOpen} /> : null}
        </>
      ) : null}
    </main>
  );
}
