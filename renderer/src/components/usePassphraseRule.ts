import { useEffect, useState } from 'react';
import type { assessPassphrase } from '../../../shared/rules/passphrase';

type Assess = typeof assessPassphrase;

/**
 * Loads the strength rule (about 2 MB of dictionaries) only on the screen that
 * needs it, so the unlock screen, seen every day, starts without parsing it.
 * Null until loaded: main enforces the rule anyway, the preview is a courtesy.
 */
export function usePassphraseRule(): Assess | null {
  const [rule, setRule] = useState<Assess | null>(null);
  useEffect(() => {
    let mounted = true;
    import('../../../shared/rules/passphrase').then(
      (module) => mounted && setRule(() => module.assessPassphrase),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, []);
  return rule;
}
