import { useState } from 'react';
import type { Result } from '../../../shared/contract/result';

/**
 * A button that asks main to do one thing. Busy while the call runs, so it
 * cannot be pressed twice; main's refusal is kept for the page's error
 * summary. On success `onDone` moves the person on, so busy stays set.
 */
export function useAction<T>(call: () => Promise<Result<T>>, onDone: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setError(null);
    const result = await call();
    if (result.ok) return onDone(result.value);
    setBusy(false);
    setError(result.error.message);
  }

  return { busy, error, start: () => void run() };
}
