import type { PassphraseAssessment } from '../../../shared/rules/passphrase';
import type { ErrorCode } from '../../../shared/contract/result';
import type { FormError } from '../components/ErrorSummary';

export interface CreateVaultValues {
  schoolName: string;
  sencoName: string;
  passphrase: string;
  passphraseConfirm: string;
}

export const fieldIds = {
  schoolName: 'school-name',
  sencoName: 'senco-name',
  passphrase: 'passphrase',
  passphraseConfirm: 'passphrase-confirm',
} as const satisfies Record<keyof CreateVaultValues, string>;

export type FieldErrors = Partial<Record<keyof CreateVaultValues, string[]>>;

/** What the form can tell before asking main; main checks everything again. */
export function validateCreateVault(values: CreateVaultValues, assessment: PassphraseAssessment | null): FieldErrors {
  const errors: FieldErrors = {};
  if (values.schoolName.trim() === '') errors.schoolName = ['Enter the name of the school.'];
  if (values.sencoName.trim() === '') errors.sencoName = ['Enter your name.'];
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

/** The summary lists errors in the order of the fields, so "first" means first on the page. */
export function summarise(errors: FieldErrors): FormError[] {
  return (Object.keys(fieldIds) as (keyof CreateVaultValues)[]).flatMap((field) =>
    (errors[field] ?? []).map((message) => ({ message, fieldId: fieldIds[field] })),
  );
}

/** Server refusals that belong to one field are shown on it too; the rest only in the summary. */
const serverErrorFields: Partial<Record<ErrorCode, keyof CreateVaultValues>> = {
  WEAK_PASSPHRASE: 'passphrase',
  PASSPHRASE_MISMATCH: 'passphraseConfirm',
};

export const fieldOfServerError = (code: ErrorCode): keyof CreateVaultValues | undefined => serverErrorFields[code];
