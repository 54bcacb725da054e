import { type FormEvent, useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PassphraseFields, passphraseFieldIds } from '../../components/PassphraseFields';
import { SubmitButton } from '../../components/SubmitButton';
import { usePassphraseAssessment } from '../../components/usePassphraseAssessment';
import { useScreen } from '../../components/useScreen';
import { passphrasePairErrors, passphraseServerFields } from '../../forms/passphraseRules';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';

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
  const [pair, setPair] = useState({ passphrase: '', passphraseConfirm: '' });
  const assessment = usePassphraseAssessment(pair.passphrase, [session.schoolName, session.user.name]);
  const form = useFormErrors(ids);
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
          onValueChange={(v) => {
            setCurrent(v);
            form.clear('currentPassphrase');
          }}
          errors={form.errors.currentPassphrase}
        />
        <PassphraseFields
          idPrefix={ids.passphrase}
          label="New passphrase"
          confirmLabel="Confirm new passphrase"
          values={pair}
          onChange={(name, v) => {
            setPair((p) => ({ ...p, [name]: v }));
            form.clear(name);
          }}
          errors={form.errors}
          assessment={assessment}
        />
        <div className="button-row">
          <SubmitButton busy={busy} label="Change the passphrase" busyLabel="Changing the passphrase…" busyAnnouncement="Changing the passphrase. This takes a few seconds." />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
