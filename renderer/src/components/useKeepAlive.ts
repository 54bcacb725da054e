import { useEffect } from 'react';

/** Main needs to hear only that someone is here, not every keystroke. */
export const KEEP_ALIVE_INTERVAL_MS = 30_000;

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Tells main the person is still at the keyboard, so the idle lock waits.
 * Main keeps the clock and decides when to lock; the window only reports
 * activity, at most once every 30 seconds.
 */
export function useKeepAlive(): void {
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    const onActivity = () => {
      const now = Date.now();
      // A clock set back (now < last) must not silence the reports until it catches up.
      if (now >= last && now - last < KEEP_ALIVE_INTERVAL_MS) return;
      last = now;
      // A refusal means the vault has just locked: the vaultLocked event moves the window on.
      void window.senco.session.keepAlive().catch(() => undefined);
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, []);
}
