import { useMemo } from 'react';
import type { PassphraseAssessment } from '../../../shared/rules/passphrase';
import { usePassphraseRule } from './usePassphraseRule';

/**
 * The live verdict on a new passphrase. `userInputs` are the words an attacker
 * would try first (school, person): join them into one key so a new array on
 * every render does not re-run the estimator.
 */
export function usePassphraseAssessment(passphrase: string, userInputs: readonly string[]): PassphraseAssessment | null {
  const assess = usePassphraseRule();
  const inputsKey = userInputs.join('\u0000');
  return useMemo(
    () => (assess && passphrase ? assess(passphrase, inputsKey ? inputsKey.split('\u0000') : []) : null),
    [assess, passphrase, inputsKey],
  );
}
