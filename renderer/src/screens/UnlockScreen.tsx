import { type FormEvent, useState } from 'react';
import type { SessionInfo } from '../../../shared/contract/vault';
import { AppFooter, AppHeader } from '../components/AppHeader';
import { Field } from '../components/Field';
import { SubmitButton } from '../components/SubmitButton';
import { useScreen } from '../components/useScreen';

const FIELD_ID = 'unlock-passphrase';

export function UnlockScreen({ onUnlocked }: { onUnlocked(session: SessionInfo): void }) {
  const field = useScreen<HTMLInputElement>('Unlock');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // After a refusal the person retypes at once: keep the field focused with its text selected.
  const refocus = () => {
    field.current?.focus();
    field.current?.select();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setError('Enter your passphrase.');
      return refocus();
    }
    setError(null);
    setBusy(true);
    const result = await window.senco.vault.unlock({ passphrase });
    if (result.ok) return onUnlocked(result.value);
    setBusy(false);
    setError(result.error.message);
    refocus();
  }

  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <h1>Unlock SENCO Desk</h1>
        <p className="lead">SENCO Desk is locked. Enter your passphrase to open the school’s SEND records.</p>
        <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
          <Field
            id={FIELD_ID}
            label="Passphrase"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            inputRef={field}
            value={passphrase}
            onValueChange={(value) => {
              setPassphrase(value);
              setError(null);
            }}
            errors={error ? [error] : []}
          />
          <SubmitButton busy={busy} label="Unlock" busyLabel="Unlocking…" busyAnnouncement="Unlocking. This takes a few seconds." />
          {/* One field, one message: shown beside the field, announced from here, without a summary box. */}
          <p role="alert" className="visually-hidden">
            {error ?? ''}
          </p>
        </form>
      </main>
      <AppFooter />
    </>
  );
}
