import { type FormEvent, useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import type { RecoveryCheck } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { PassphraseFields, passphraseFieldIds } from '../../components/PassphraseFields';
import { PassphraseOnlyConsent } from '../../components/PassphraseOnlyConsent';
import { RadioGroup } from '../../components/RadioGroup';
import { PASSPHRASE_ONLY_REQUIRED, passphrasePairErrors, passphraseServerFields } from '../../forms/passphraseRules';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { useNewPassphrase } from '../../forms/useNewPassphrase';
import { RecoveryExplained } from './RecoveryExplained';

const ids = { account: 'recover-account', ...passphraseFieldIds('recover-passphrase'), passphraseOnly: 'recover-passphrase-only' };
type FieldName = keyof typeof ids;

interface ChooseRecoveryPassphraseProps {
  recoveryKey: string;
  check: RecoveryCheck;
  onRecovered(session: SessionInfo): void;
  onBack(): void;
}

/** Step 2 of recovery: who is signing in, and the passphrase they will use from now on. */
export function ChooseRecoveryPassphrase({ recoveryKey, check, onRecovered, onBack }: ChooseRecoveryPassphraseProps) {
  const only = check.accounts.length === 1 ? check.accounts[0] : undefined;
  const [accountId, setAccountId] = useState(only?.id ?? '');
  const [passphraseOnly, setPassphraseOnly] = useState(false);
  const needsConsent = check.keychain === 'unavailable';
  const chosenName = check.accounts.find((a) => a.id === accountId)?.name ?? '';
  const form = useFormErrors(ids);
  const { pair, assessment, fieldProps } = useNewPassphrase(form, [chosenName]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = passphrasePairErrors(pair, assessment);
    if (!accountId) found.account = ['Choose the account you are signing in as.'];
    if (needsConsent && !passphraseOnly) found.passphraseOnly = [PASSPHRASE_ONLY_REQUIRED];
    if (busy || form.show(found)) return;
    setBusy(true);
    const result = await window.senco.vault.recover({ recoveryKey, accountId, ...pair, passphraseOnly: needsConsent && passphraseOnly });
    if (result.ok) return onRecovered(result.value);
    setBusy(false);
    form.showServer(result.error, passphraseServerFields, ids.passphrase);
  }

  return (
    <main className="page page--narrow">
      <PageHeading title="Choose a new passphrase" />
      <p className="lead">The recovery key is right. Choose the passphrase you will sign in with from now on.</p>
      <RecoveryExplained keychain={check.keychain} />
      <ErrorSummary errors={form.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        {only ? (
          <p className="field">
            You will sign in as <strong>{only.name}</strong>, SENCO.
          </p>
        ) : (
          <RadioGroup
            id={ids.account}
            name="account"
            legend="Which SENCO are you?"
            value={accountId}
            options={check.accounts.map((a) => ({ value: a.id, label: a.name }))}
            onValueChange={form.edit('account', setAccountId)}
            errors={form.errors.account}
          />
        )}
        <PassphraseFields idPrefix={ids.passphrase} replacing {...fieldProps} />
        {needsConsent ? (
          <PassphraseOnlyConsent
            id={ids.passphraseOnly}
            checked={passphraseOnly}
            onCheckedChange={form.edit('passphraseOnly', setPassphraseOnly)}
            errors={form.errors.passphraseOnly}
          />
        ) : null}
        <FormActions
          busy={busy}
          label="Open the vault"
          busyLabel="Opening the vault…"
          busyAnnouncement="Opening the vault. This takes a few seconds."
          cancelLabel="Back"
          onCancel={onBack}
        />
      </form>
    </main>
  );
}
