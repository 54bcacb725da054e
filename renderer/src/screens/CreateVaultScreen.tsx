import { type FormEvent, useState } from 'react';
import type { VaultCreated } from '../api';
import { vaultPassphraseInputs } from '../../../shared/rules/passphrasePolicy';
import { AppFooter, AppHeader } from '../components/AppHeader';
import { TryDemo } from './demo/TryDemo';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { PassphraseFields } from '../components/PassphraseFields';
import { PassphraseOnlyConsent } from '../components/PassphraseOnlyConsent';
import { SubmitButton } from '../components/SubmitButton';
import { usePassphraseAssessment } from '../components/usePassphraseAssessment';
import { useScreen } from '../components/useScreen';
import { useFormErrors } from '../forms/useFormErrors';
import { type CreateVaultField, type CreateVaultValues, fieldIds, serverErrorFields, validateCreateVault } from './createVaultForm';

const empty: CreateVaultValues = { schoolName: '', sencoName: '', passphrase: '', passphraseConfirm: '', passphraseOnly: false };

interface CreateVaultScreenProps {
  /** Whether this computer has a keychain to bind the vault to; without one the SENCO must agree to passphrases only. */
  keychain: 'available' | 'unavailable';
  onCreated(created: VaultCreated): void;
  onTryDemo(): void;
}

export function CreateVaultScreen({ keychain, onCreated, onTryDemo }: CreateVaultScreenProps) {
  const firstField = useScreen<HTMLInputElement>('Create a school vault');
  const [values, setValues] = useState(empty);
  const form = useFormErrors(fieldIds);
  const [busy, setBusy] = useState(false);
  const needsConsent = keychain === 'unavailable';
  const assessment = usePassphraseAssessment(values.passphrase, vaultPassphraseInputs(values));

  const set = <F extends CreateVaultField>(field: F, value: CreateVaultValues[F]) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.clear(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || form.show(validateCreateVault(values, assessment, needsConsent))) return;
    setBusy(true);
    const result = await window.senco.vault.create({ ...values, passphraseOnly: needsConsent && values.passphraseOnly });
    if (result.ok) return onCreated(result.value);
    setBusy(false);
    form.showServer(result.error, serverErrorFields, fieldIds.schoolName);
  }

  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <h1>Create a school vault</h1>
        <p className="lead">
          SENCO Desk keeps your school’s SEND records in an encrypted vault on this laptop. You will be the vault’s
          first user, with the SENCO role.
        </p>
        <ErrorSummary errors={form.summary} />
        <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
          <Field
            id={fieldIds.schoolName}
            label="School name"
            autoComplete="organization"
            inputRef={firstField}
            value={values.schoolName}
            onValueChange={(v) => set('schoolName', v)}
            errors={form.errors.schoolName}
          />
          <Field
            id={fieldIds.sencoName}
            label="Your name"
            hint="As colleagues know you: it appears on records you write, and you type it to sign in."
            autoComplete="name"
            value={values.sencoName}
            onValueChange={(v) => set('sencoName', v)}
            errors={form.errors.sencoName}
          />
          <PassphraseFields
            idPrefix={fieldIds.passphrase}
            values={values}
            onChange={(field, v) => set(field, v)}
            errors={form.errors}
            assessment={assessment}
          />
          {needsConsent ? (
            <PassphraseOnlyConsent
              id={fieldIds.passphraseOnly}
              checked={values.passphraseOnly}
              onCheckedChange={(v) => set('passphraseOnly', v)}
              errors={form.errors.passphraseOnly}
            />
          ) : null}
          <SubmitButton
            busy={busy}
            label="Create the vault"
            busyLabel="Creating the vault…"
            busyAnnouncement="Creating the vault. This takes a few seconds."
          />
        </form>
        <TryDemo onTry={onTryDemo} />
      </main>
      <AppFooter />
    </>
  );
}
