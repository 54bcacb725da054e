import { type FormEvent, useMemo, useState } from 'react';
import type { SessionInfo } from '../../../shared/contract/vault';
import { AppFooter, AppHeader } from '../components/AppHeader';
import { ErrorSummary, type FormError } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { StrengthMeter } from '../components/StrengthMeter';
import { SubmitButton } from '../components/SubmitButton';
import { usePassphraseRule } from '../components/usePassphraseRule';
import { useScreen } from '../components/useScreen';
import { vaultPassphraseInputs } from '../../../shared/rules/passphrasePolicy';
import {
  type CreateVaultValues,
  type FieldErrors,
  fieldIds,
  fieldOfServerError,
  summarise,
  validateCreateVault,
} from './createVaultForm';

const empty: CreateVaultValues = { schoolName: '', sencoName: '', passphrase: '', passphraseConfirm: '' };

export function CreateVaultScreen({ onCreated }: { onCreated(session: SessionInfo): void }) {
  const firstField = useScreen<HTMLInputElement>('Create a school vault');
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  const assess = usePassphraseRule();
  const assessment = useMemo(
    () => (assess && values.passphrase ? assess(values.passphrase, vaultPassphraseInputs(values)) : null),
    [assess, values],
  );
  // Editing a field clears its errors: they described the old value, and the live meter describes the new one.
  const set = (field: keyof CreateVaultValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _old, ...others }) => others);
    setServerError(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = validateCreateVault(values, assessment);
    setErrors(found);
    setServerError(null);
    const first = summarise(found)[0];
    if (first) return focus(first.fieldId);

    setBusy(true);
    const result = await window.senco.vault.create(values);
    if (result.ok) return onCreated(result.value);
    setBusy(false);
    const field = fieldOfServerError(result.error.code);
    if (field) setErrors({ [field]: [result.error.message] });
    setServerError({ message: result.error.message, fieldId: field ? fieldIds[field] : undefined });
    focus(field ? fieldIds[field] : fieldIds.schoolName);
  }

  const summary = serverError ? [serverError] : summarise(errors);
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <h1>Create a school vault</h1>
        <p className="lead">
          SENCO Desk keeps your school’s SEND records in an encrypted vault on this laptop. You will be the vault’s
          first user, with the SENCO role.
        </p>
        <ErrorSummary errors={summary} />
        <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
          <Field
            id={fieldIds.schoolName}
            label="School name"
            autoComplete="organization"
            inputRef={firstField}
            value={values.schoolName}
            onValueChange={set('schoolName')}
            errors={errors.schoolName}
          />
          <Field
            id={fieldIds.sencoName}
            label="Your name"
            hint="As colleagues know you: it appears on records you write."
            autoComplete="name"
            value={values.sencoName}
            onValueChange={set('sencoName')}
            errors={errors.sencoName}
          />
          <Field
            id={fieldIds.passphrase}
            label="Passphrase"
            hint="At least 12 characters. Three or four unrelated words are easy to remember and hard to guess."
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={values.passphrase}
            onValueChange={set('passphrase')}
            errors={errors.passphrase}
            describedBy="passphrase-strength"
          >
            <StrengthMeter id="passphrase-strength" assessment={assessment} shown={errors.passphrase} />
          </Field>
          <Field
            id={fieldIds.passphraseConfirm}
            label="Confirm passphrase"
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={values.passphraseConfirm}
            onValueChange={set('passphraseConfirm')}
            errors={errors.passphraseConfirm}
          />
          <SubmitButton
            busy={busy}
            label="Create the vault"
            busyLabel="Creating the vault…"
            busyAnnouncement="Creating the vault. This takes a few seconds."
          />
        </form>
      </main>
      <AppFooter />
    </>
  );
}

function focus(id: string | undefined) {
  if (id) document.getElementById(id)?.focus();
}
