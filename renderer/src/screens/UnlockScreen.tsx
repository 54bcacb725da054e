import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { SessionInfo } from '../../../shared/contract/vault';
import { AppFooter, AppHeader } from '../components/AppHeader';
import { TryDemo } from './demo/TryDemo';
import { Field } from '../components/Field';
import { SubmitButton } from '../components/SubmitButton';
import { useScreen } from '../components/useScreen';
import { ForgottenPassphrase, NeedsRecoveryNotice, WaitNotice } from './unlock/UnlockNotices';
import { problemOf, readWaitUntil, type UnlockProblem } from './unlock/unlockOutcome';

const ids = { name: 'unlock-name', passphrase: 'unlock-passphrase' } as const;

interface UnlockScreenProps {
  onUnlocked(session: SessionInfo): void;
  onUseRecoveryKey(): void;
  onTryDemo(): void;
}

export function UnlockScreen({ onUnlocked, onUseRecoveryKey, onTryDemo }: UnlockScreenProps) {
  const nameRef = useScreen<HTMLInputElement>('Unlock');
  const passphraseRef = useRef<HTMLInputElement>(null);
  const recoveryButton = useRef<HTMLButtonElement>(null);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<UnlockProblem | null>(null);
  const [waitUntil, setWaitUntil] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A wait set by earlier attempts (before a restart, say) is shown before anyone tries again.
  useEffect(() => {
    readWaitUntil().then(setWaitUntil, () => undefined);
  }, []);

  // After a refusal the person retypes at once: focus what needs fixing, its text selected.
  useEffect(() => {
    if (problem?.kind === 'field') {
      const field = problem.field === 'name' ? nameRef.current : passphraseRef.current;
      field?.focus();
      field?.select();
    } else if (problem) recoveryButton.current?.focus();
  }, [problem, nameRef]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') return setProblem({ kind: 'field', field: 'name', message: 'Enter your name.' });
    if (passphrase === '') return setProblem({ kind: 'field', field: 'passphrase', message: 'Enter your passphrase.' });
    setProblem(null);
    setBusy(true);
    const result = await window.senco.vault.unlock({ name, passphrase });
    if (result.ok) return onUnlocked(result.value);
    setBusy(false);
    setProblem(problemOf(result.error));
    setWaitUntil(await readWaitUntil().catch(() => null));
  }

  const fieldError = (field: 'name' | 'passphrase') =>
    problem?.kind === 'field' && problem.field === field ? [problem.message] : [];
  const waiting = problem?.kind === 'wait' || waitUntil !== null;
  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    if (problem?.kind === 'field') setProblem(null);
  };

  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <h1>Unlock SENCO Desk</h1>
        <p className="lead">SENCO Desk is locked. Sign in with your own name and passphrase to open the SEND records.</p>
        {problem?.kind === 'needs-recovery' ? (
          <NeedsRecoveryNotice message={problem.message} onUseRecoveryKey={onUseRecoveryKey} buttonRef={recoveryButton} />
        ) : waiting ? (
          <WaitNotice
            message={problem?.kind === 'wait' ? problem.message : 'After several wrong passphrases in a row, SENCO Desk waits before it tries another.'}
            waitUntil={waitUntil}
            onUseRecoveryKey={onUseRecoveryKey}
            buttonRef={recoveryButton}
          />
        ) : null}
        <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
          <Field
            id={ids.name}
            label="Your name"
            autoComplete="username"
            inputRef={nameRef}
            value={name}
            onValueChange={edited(setName)}
            errors={fieldError('name')}
          />
          <Field
            id={ids.passphrase}
            label="Passphrase"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            inputRef={passphraseRef}
            value={passphrase}
            onValueChange={edited(setPassphrase)}
            errors={fieldError('passphrase')}
          />
          <SubmitButton busy={busy} label="Unlock" busyLabel="Unlocking…" busyAnnouncement="Unlocking. This takes a few seconds." />
        </form>
        {/* One message at a time, announced from here; the field or the panel shows it. */}
        <p role="alert" className="visually-hidden">
          {problem?.message ?? ''}
        </p>
        {problem?.kind === 'needs-recovery' || waiting ? null : <ForgottenPassphrase onUseRecoveryKey={onUseRecoveryKey} />}
        <TryDemo onTry={onTryDemo} />
      </main>
      <AppFooter />
    </>
  );
}
