import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../../shared/contract/result';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: AppError };

/**
 * Asks main for what a screen shows, once, when the screen opens. An answer
 * that arrives after the screen has gone is dropped; a call that throws
 * (main unreachable) becomes an error with `failure` as its message. The
 * setter lets the screen show a newer value it was given, e.g. after a save.
 */
export function useLoad<T>(load: () => Promise<Result<T>>, failure: string): [Loaded<T>, Dispatch<SetStateAction<Loaded<T>>>] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  // Only the first render's call is made: a screen that needs to ask again remounts.
  const first = useRef({ load, failure });
  useEffect(() => {
    let live = true;
    const { load: call, failure: message } = first.current;
    call().then(
      (result) => live && setLoaded(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error }),
      () => live && setLoaded({ state: 'failed', error: { code: 'INTERNAL', message } }),
    );
    return () => {
      live = false;
    };
  }, []);
  return [loaded, setLoaded];
}
