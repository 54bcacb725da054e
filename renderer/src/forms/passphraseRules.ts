import type { PassphraseAssessment } from '../../../shared/rules/passphrase';
import type { FieldErrors } from './useFormErrors';

export interface PassphrasePair {
  passphrase: string;
  passphraseConfirm: string;
}

/** What every "choose a passphrase" form can tell before asking main; main checks everything again. */
export function passphrasePairErrors(
  values: PassphrasePair,
  assessment: PassphraseAssessment | null,
): FieldErrors<keyof PassphrasePair> {
  const errors: FieldErrors<keyof PassphrasePair> = {};
  if (values.passphrase === '') errors.passphrase = ['Enter a passphrase.'];
  else if (assessment && !assessment.acceptable) {
    errors.passphrase = assessment.problems.length > 0 ? assessment.problems : ['Choose a stronger passphrase.'];
  }
  if (values.passphraseConfirm === '') errors.passphraseConfirm = ['Enter the passphrase again to confirm it.'];
  else if (values.passphraseConfirm !== values.passphrase) {
    errors.passphraseConfirm = ['The two passphrases do not match.'];
  }
  return errors;
}

/** Main's refusals that belong to the passphrase fields. */
export const passphraseServerFields = {
  WEAK_PASSPHRASE: 'passphrase',
  PASSPHRASE_MISMATCH: 'passphraseConfirm',
} as const;

/** Tells the person that a passphrase-only vault needs their explicit consent. */
export const PASSPHRASE_ONLY_REQUIRED =
  'Tick the box to confirm that you understand the vault will be protected by passphrases only.';
