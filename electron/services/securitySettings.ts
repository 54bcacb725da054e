import { recoveryConfirmed } from '../db/repositories/school';
import type { SettingsStore } from '../platform/platform';
import type { SessionService } from './session';

/** What Settings shows about how the vault is protected, and the idle time. */
export class SecuritySettingsService {
  constructor(
    private readonly session: SessionService,
    private readonly settings: SettingsStore,
  ) {}

  read() {
    return {
      idleMinutes: this.settings.get('idleMinutes'),
      binding: this.session.vault.require().binding,
      recoveryKeyConfirmed: recoveryConfirmed(this.session.db()),
    };
  }

  setIdleMinutes(minutes: number) {
    const before = this.settings.get('idleMinutes');
    this.session.db().transaction(() => {
      this.session.audit({ action: 'settings.idle-minutes-changed', detail: { from: before, to: minutes } });
      this.settings.set('idleMinutes', minutes);
    })();
    return this.read();
  }
}
