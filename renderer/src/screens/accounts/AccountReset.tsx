import { type FormEvent, useState } from 'react';
import type { StaffAccount } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { PassphraseFields, passphraseFieldIds } from '../../components/PassphraseFields';
import { useScreen } from '../../components/useScreen';
import { passphrasePairErrors, passphraseServerFields } from '../../forms/passphraseRules';
import { useFormErrors } from '../../forms/useFormErrors';
import { useNewPassphrase } from '../../forms/useNewPassphrase';

const ids = passphraseFieldIds('reset-passphrase');

interface AccountResetProps {
  account: StaffAccount;
  schoolName: string;
  onDone(notice: string): void;
  onCancel(): void;
}

/** The SENCO sets a new passphrase for someone who forgot theirs, or lost it in a recovery. */
export function AccountReset({ account, schoolName, onDone, onCancel }: AccountResetProps) {
  const field = useScreen<HTMLInputElement>(`New passphrase for ${account.name}`);
  const form = useFormErrors(ids);
  const { pair, assessment, fieldProps } = useNewPassphrase(form, [schoolName, account.name]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || form.show(passphrasePairErrors(pair, assessment))) return;
    setBusy(true);
    const result = await window.senco.accounts.resetPassphrase({ accountId: account.id, ...pair });
    if (result.ok) {
      return onDone(`New passphrase set for ${result.value.name}. Tell them in person; they can change it in Settings.`);
    }
    setBusy(false);
    form.showServer(result.error, passphraseServerFields, ids.passphrase);
  }

  return (
    <main className="page page--narrow">
      <h1>New passphrase for {account.name}</h1>
      <p className="lead">
        Their old passphrase stops working at once. Tell them the new one in person, never by email or message.
      </p>
      <ErrorSummary errors={form.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <PassphraseFields idPrefix={ids.passphrase} inputRef={field} replacing {...fieldProps} />
        <FormActions
          busy={busy}
          label="Set the passphrase"
          busyLabel="Setting the passphrase…"
          busyAnnouncement="Setting the passphrase. This takes a few seconds."
          onCancel={onCancel}
        />
      </form>
    </main>
  );
}
