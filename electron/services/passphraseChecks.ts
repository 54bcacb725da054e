import { assessPassphrase } from '../../shared/rules/passphrase';
import { AppFailure } from '../failure';

/** The same checks wherever a passphrase is chosen: typed twice alike, and hard to guess. */
export function requireNewPassphrase(input: { passphrase: string; passphraseConfirm: string }, guessableWords: string[]): void {
  if (input.passphrase !== input.passphraseConfirm) {
    throw new AppFailure('PASSPHRASE_MISMATCH', 'The two passphrases are not the same. Type them again.');
  }
  const verdict = assessPassphrase(input.passphrase, guessableWords);
  if (!verdict.acceptable) throw new AppFailure('WEAK_PASSPHRASE', verdict.problems.join(' '));
}
