import { useEffect, useRef, useState } from 'react';
import type { RegisterFilterInput } from '../../../../shared/contract/pupils';
import type { RegisterList } from '../../api';
import type { Loaded } from '../../components/useLoad';

/** Long enough to skip the letters of a word typed quickly, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 150;

/**
 * Asks main for the register each time the filter changes (main applies the
 * filter, as shared/rules/registerFilter.ts describes). Changes are debounced
 * and an answer to an older filter is dropped, so the list never goes back.
 */
export function useRegister(filter: RegisterFilterInput): Loaded<RegisterList> {
  const [loaded, setLoaded] = useState<Loaded<RegisterList>>({ state: 'loading' });
  const asked = useRef(0);
  const key = JSON.stringify(filter);
  useEffect(() => {
    const ask = ++asked.current;
    const timer = window.setTimeout(() => {
      const input = JSON.parse(key) as RegisterFilterInput;
      window.senco.register.list(input).then(
        (result) => {
          if (ask !== asked.current) return;
          setLoaded(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error });
        },
        () => ask === asked.current && setLoaded({ state: 'failed', error: { code: 'INTERNAL', message: 'SENCO Desk could not read the register.' } }),
      );
    }, asked.current === 1 ? 0 : SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [key]);
  return loaded;
}
