import type { PassphraseAssessment } from '../../../shared/rules/passphrase';
import { PASSPHRASE_ONLY_REQUIRED, passphrasePairErrors, passphraseServerFields } from '../forms/passphraseRules';
import type { FieldErrors } from '../forms/useFormErrors';

export interface CreateVaultValues {
  schoolName: string;
  sencoName: string;
  passphrase: string;
  passphraseConfirm: string;
  passphraseOnly: boolean;
}

export type CreateVaultField = keyof CreateVaultValues;

export const fieldIds = {
  schoolName: 'school-name',
  sencoName: 'senco-name',
  passphrase: 'passphrase',
  passphraseConfirm: 'passphrase-confirm',
  passphraseOnly: 'passphrase-only',
} as const satisfies Record<CreateVaultField, string>;

/** What the form can tell before asking main; main checks everything again. */
export function validateCreateVault(
  values: CreateVaultValues,
  assessment: PassphraseAssessment | null,
  needsConsent: boolean,
): FieldErrors<CreateVaultField> {
  const errors: FieldErrors<CreateVaultField> = {};
  if (values.schoolName.trim() === '') errors.schoolName = ['Enter the name of the school.'];
  if (values.sencoName.trim() === '') errors.sencoName = ['Enter your name.'];
  Object.assign(errors, passphrasePairErrors(values, assessment));
  if (needsConsent && !values.passphraseOnly) errors.passphraseOnly = [PASSPHRASE_ONLY_REQUIRED];
  return errors;
}

/** Server refusals that belong to one field are shown on it too; the rest only in the summary. */
export const serverErrorFields = passphraseServerFields;
