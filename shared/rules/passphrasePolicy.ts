/**
 * The small part of the passphrase rule that screens can import without
 * loading the strength estimator's dictionaries.
 */

/** The lowest bar; the strength score decides the rest. */
export const MIN_PASSPHRASE_LENGTH = 12;

/**
 * Words an attacker would try first when guessing a new vault's passphrase.
 * The form's preview and main's check must use the same ones.
 */
export const vaultPassphraseInputs = (vault: { schoolName: string; sencoName: string }): string[] => [
  vault.schoolName,
  vault.sencoName,
];
