import { useState } from 'react';
import type { Result } from '../../../../shared/contract/result';

/**
 * Asks main to open its file dialog and read the file. Unlike useAction, a
 * cancelled dialog (null) leaves the page ready to choose again.
 */
export function useChooseFile<T>(call: () => Promise<Result<T | null>>, onChosen: (file: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setError(null);
    const result = await call();
    if (result.ok && result.value !== null) return onChosen(result.value);
    setBusy(false);
    if (!result.ok) setError(result.error.message);
  }

  return { busy, error, start: () => void run() };
}
