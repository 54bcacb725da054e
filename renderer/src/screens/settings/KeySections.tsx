import type { SecuritySettings } from '../../api';
import { NavLink } from '../../components/NavLink';
import { SettingsSection } from './SettingsSection';
import type { SettingsView } from './views';

interface KeySectionsProps {
  security: SecuritySettings;
  /** The demo school has no recovery key to show or renew. */
  demo: boolean;
  onOpen(view: SettingsView): void;
}

/** The SENCO's keys: the recovery key and the data key. Each change has a page of its own that says what it does. */
export function KeySections({ security, demo, onOpen }: KeySectionsProps) {
  return (
    <>
      {demo ? null : (
        <SettingsSection id="recovery-key-section" title="Recovery key">
          <p className="section__status">{security.recoveryKeyConfirmed ? 'Recorded and confirmed' : 'Not confirmed'}</p>
          <p>
            The recovery key opens the vault if passphrases are forgotten or this laptop is replaced. Make a new one if
            the emergency kit is lost or someone may have seen it.
          </p>
          <NavLink to="new-recovery-key" onNavigate={() => onOpen({ name: 'renew' })}>
            Make a new recovery key
          </NavLink>
        </SettingsSection>
      )}
      <SettingsSection id="data-key-section" title="Data key">
        <p>
          The records are encrypted with a data key that nobody sees. Rotating it re-encrypts every record with a new
          one.
        </p>
        <NavLink to="rotate-data-key" onNavigate={() => onOpen({ name: 'rotate' })}>
          Rotate the data key
        </NavLink>
      </SettingsSection>
    </>
  );
}
