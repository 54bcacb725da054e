import { useState } from 'react';
import { usePassphraseAssessment } from '../components/usePassphraseAssessment';
import type { PassphrasePair } from './passphraseRules';
import type { FieldErrors } from './useFormErrors';

/** The part of useFormErrors the pair needs: its fields' errors, and clearing them on an edit. */
interface PairForm {
  errors: FieldErrors<keyof PassphrasePair>;
  clear(field: keyof PassphrasePair): void;
}

/**
 * A new passphrase typed twice, held apart from the form's other fields so it
 * never reaches a draft. `userInputs` are the words an attacker would try
 * first (see usePassphraseAssessment); `fieldProps` is what PassphraseFields
 * takes besides its ids and labels.
 */
export function useNewPassphrase(form: PairForm, userInputs: readonly string[]) {
  const [pair, setPair] = useState<PassphrasePair>({ passphrase: '', passphraseConfirm: '' });
  const assessment = usePassphraseAssessment(pair.passphrase, userInputs);
  const onChange = (field: keyof PassphrasePair, value: string) => {
    setPair((p) => ({ ...p, [field]: value }));
    form.clear(field);
  };
  return { pair, assessment, fieldProps: { values: pair, onChange, errors: form.errors, assessment } };
}
