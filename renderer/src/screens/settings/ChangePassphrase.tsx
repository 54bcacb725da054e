import { type FormEvent, useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PassphraseFields, passphraseFieldIds } from '../../components/PassphraseFields';
import { useScreen } from '../../components/useScreen';
import { passphrasePairErrors, passphraseServerFields } from '../../forms/passphraseRules';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { useNewPassphrase } from '../../forms/useNewPassphrase';

const ids = { currentPassphrase: 'current-passphrase', ...passphraseFieldIds('new-passphrase') };
type FieldName = keyof typeof ids;

interface ChangePassphraseProps {
  session: SessionInfo;
  onDone(notice: string): void;
  onCancel(): void;
}

export function ChangePassphrase({ session, onDone, onCancel }: ChangePassphraseProps) {
  const first = useScreen<HTMLInputElement>('Change your passphrase');
  const [current, setCurrent] = useState('');
  const form = useFormErrors(ids);
  const { pair, assessment, fieldProps } = useNewPassphrase(form, [session.schoolName, session.user.name]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = passphrasePairErrors(pair, assessment);
    if (current === '') found.currentPassphrase = ['Enter your current passphrase.'];
    if (busy || form.show(found)) return;
    setBusy(true);
    const result = await window.senco.session.changePassphrase({ currentPassphrase: current, ...pair });
    if (result.ok) return onDone('Your passphrase was changed. Use the new one next time you sign in.');
    setBusy(false);
    form.showServer(
      result.error,
      { ...passphraseServerFields, WRONG_PASSPHRASE: 'currentPassphrase', TOO_MANY_ATTEMPTS: 'currentPassphrase' },
      ids.currentPassphrase,
    );
  }

  return (
    <main className="page page--narrow">
      <h1>Change your passphrase</h1>
      <ErrorSummary errors={form.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field
          id={ids.currentPassphrase}
          label="Current passphrase"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          inputRef={first}
          value={current}
          onValueChange={form.edit('currentPassphrase', setCurrent)}
          errors={form.errors.currentPassphrase}
        />
        <PassphraseFields idPrefix={ids.passphrase} replacing {...fieldProps} />
        <FormActions
          busy={busy}
          label="Change the passphrase"
          busyLabel="Changing the passphrase…"
          busyAnnouncement="Changing the passphrase. This takes a few seconds."
          onCancel={onCancel}
        />
      </form>
    </main>
  );
}
