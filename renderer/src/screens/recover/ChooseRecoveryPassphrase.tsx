import { type FormEvent, useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import type { RecoveryCheck } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PassphraseFields, passphraseFieldIds } from '../../components/PassphraseFields';
import { PassphraseOnlyConsent } from '../../components/PassphraseOnlyConsent';
import { RadioGroup } from '../../components/RadioGroup';
import { SubmitButton } from '../../components/SubmitButton';
import { usePassphraseAssessment } from '../../components/usePassphraseAssessment';
import { useScreen } from '../../components/useScreen';
import { PASSPHRASE_ONLY_REQUIRED, passphrasePairErrors, passphraseServerFields } from '../../forms/passphraseRules';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
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
  const heading = useScreen<HTMLHeadingElement>('Choose a new passphrase');
  const only = check.accounts.length === 1 ? check.accounts[0] : undefined;
  const [accountId, setAccountId] = useState(only?.id ?? '');
  const [pair, setPair] = useState({ passphrase: '', passphraseConfirm: '' });
  const [passphraseOnly, setPassphraseOnly] = useState(false);
  const needsConsent = check.keychain === 'unavailable';
  const chosenName = check.accounts.find((a) => a.id === accountId)?.name ?? '';
  const assessment = usePassphraseAssessment(pair.passphrase, [chosenName]);
  const form = useFormErrors(ids);
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
      <h1 ref={heading} tabIndex={-1}>
        Choose a new passphrase
      </h1>
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
            onValueChange={(v) => {
              setAccountId(v);
              form.clear('account');
            }}
            errors={form.errors.account}
          />
        )}
        <PassphraseFields
          idPrefix={ids.passphrase}
          label="New passphrase"
          confirmLabel="Confirm new passphrase"
          values={pair}
          onChange={(field, v) => {
            setPair((p) => ({ ...p, [field]: v }));
            form.clear(field);
          }}
          errors={form.errors}
          assessment={assessment}
        />
        {needsConsent ? (
          <PassphraseOnlyConsent
            id={ids.passphraseOnly}
            checked={passphraseOnly}
            onCheckedChange={(v) => {
              setPassphraseOnly(v);
              form.clear('passphraseOnly');
            }}
            errors={form.errors.passphraseOnly}
          />
        ) : null}
        <div className="button-row">
          <SubmitButton busy={busy} label="Open the vault" busyLabel="Opening the vault…" busyAnnouncement="Opening the vault. This takes a few seconds." />
          <button type="button" className="button button--secondary" onClick={onBack}>
            Back
          </button>
        </div>
      </form>
    </main>
  );
}
