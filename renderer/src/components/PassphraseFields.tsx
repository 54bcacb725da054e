import type { Ref } from 'react';
import type { PassphraseAssessment } from '../../../shared/rules/passphrase';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/rules/passphrasePolicy';
import type { PassphrasePair } from '../forms/passphraseRules';
import type { FieldErrors } from '../forms/useFormErrors';
import { Field } from './Field';
import { StrengthMeter } from './StrengthMeter';

interface PassphraseFieldsProps {
  /** Prefix of the two inputs' ids: `${idPrefix}` and `${idPrefix}-confirm`. */
  idPrefix: string;
  values: PassphrasePair;
  onChange(field: keyof PassphrasePair, value: string): void;
  errors: FieldErrors<keyof PassphrasePair>;
  assessment: PassphraseAssessment | null;
  /** The passphrase replaces one (a change, a reset, a recovery): the labels say "new". */
  replacing?: boolean;
  hint?: string;
  /** The passphrase input, for a screen that starts there. */
  inputRef?: Ref<HTMLInputElement>;
}

export const passphraseFieldIds = (idPrefix: string) =>
  ({ passphrase: idPrefix, passphraseConfirm: `${idPrefix}-confirm` }) as const;

const defaultHint = `At least ${MIN_PASSPHRASE_LENGTH} characters. Three or four unrelated words are easy to remember and hard to guess.`;

/** A new passphrase, its confirmation and the strength meter between them: the same on every screen that sets one. */
export function PassphraseFields(props: PassphraseFieldsProps) {
  const { idPrefix, values, onChange, errors, assessment, replacing = false } = props;
  const ids = passphraseFieldIds(idPrefix);
  const meterId = `${idPrefix}-strength`;
  return (
    <>
      <Field
        id={ids.passphrase}
        label={replacing ? 'New passphrase' : 'Passphrase'}
        hint={props.hint ?? defaultHint}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={values.passphrase}
        onValueChange={(value) => onChange('passphrase', value)}
        errors={errors.passphrase}
        describedBy={meterId}
        inputRef={props.inputRef}
      >
        <StrengthMeter id={meterId} assessment={assessment} shown={errors.passphrase} />
      </Field>
      <Field
        id={ids.passphraseConfirm}
        label={replacing ? 'Confirm new passphrase' : 'Confirm passphrase'}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={values.passphraseConfirm}
        onValueChange={(value) => onChange('passphraseConfirm', value)}
        errors={errors.passphraseConfirm}
      />
    </>
  );
}
