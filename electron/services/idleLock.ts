import type { Clock, SettingsStore } from '../platform/platform';
import type { SessionService } from './session';

const CHECK_EVERY_MS = 10_000;

/**
 * Locks the vault when nobody has used the app for the idle time the SENCO
 * set (1–60 minutes, 5 by default). Any call from the window counts as use;
 * the window also reports keyboard and pointer activity (session.keepAlive).
 */
export function startIdleLock(session: SessionService, clock: Clock, settings: SettingsStore): { touch(): void; stop(): void } {
  let lastUse = clock.now().getTime();
  const touch = () => {
    lastUse = clock.now().getTime();
  };
  const stop = clock.every(CHECK_EVERY_MS, () => {
    if (!session.isUnlocked() || session.busy()) return touch();
    const idleFor = clock.now().getTime() - lastUse;
    if (idleFor >= settings.get('idleMinutes') * 60_000) session.lock('idle');
  });
  return { touch, stop };
}
