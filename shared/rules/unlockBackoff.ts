/**
 * Failed unlocks slow down the next try. Five failures in a row cost nothing;
 * from the fifth on, the next passphrase attempt waits 30 seconds, then twice
 * as long after each further failure, up to 15 minutes. A success resets the count.
 *
 * This only slows guessing at the keyboard: someone who copies the vault file
 * is held back by scrypt and the device secret, not by this.
 */

export const FREE_UNLOCK_ATTEMPTS = 4;
export const FIRST_WAIT_SECONDS = 30;
export const MAX_WAIT_SECONDS = 15 * 60;

/** Seconds to wait before the next attempt after this many failures in a row. */
export function unlockWaitSeconds(consecutiveFailures: number): number {
  // Written as a negation so that NaN (a bug upstream) is not turned into an endless wait.
  if (!(consecutiveFailures > FREE_UNLOCK_ATTEMPTS)) return 0;
  const doublings = Math.floor(consecutiveFailures) - (FREE_UNLOCK_ATTEMPTS + 1);
  // 30 · 2^5 already passes the cap; larger powers are never computed.
  return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** Math.min(doublings, 10));
}

/**
 * The ISO instant before which a passphrase attempt is refused, or null.
 * `failures` are the failures since the last success. The wait runs from the
 * latest of them, so a clock put back between failures never shortens it.
 */
export function nextUnlockAllowedAt(failures: readonly { at: string }[]): string | null {
  const wait = unlockWaitSeconds(failures.length);
  if (wait === 0) return null;
  const latest = Math.max(
    ...failures.map(({ at }) => {
      const time = Date.parse(at);
      if (Number.isNaN(time)) throw new RangeError(`A failed unlock has no valid time: ${JSON.stringify(at)}.`);
      return time;
    }),
  );
  return new Date(latest + wait * 1000).toISOString();
}

/** "30 seconds", "1 minute", "2 minutes": whole minutes, rounded up, above 60 seconds. */
export function describeWait(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds)) || 0; // NaN reads as no wait
  return s < 60 ? plural(s, 'second') : plural(Math.ceil(s / 60), 'minute');
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
