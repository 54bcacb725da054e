import { type FormEvent, useMemo, useState } from 'react';
import type { RecoveryCheck } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { useScreen } from '../../components/useScreen';
import { useFormErrors } from '../../forms/useFormErrors';
import { readTypedKey } from './typedKey';
import { TypedKeyPreview } from './TypedKeyPreview';

const ids = { recoveryKey: 'recovery-key' } as const;

interface EnterRecoveryKeyProps {
  initialKey: string;
  onChecked(recoveryKey: string, check: RecoveryCheck): void;
  onCancel(): void;
}

/** Step 1 of recovery: the key from the emergency kit, checked by main before anything changes. */
export function EnterRecoveryKey({ initialKey, onChecked, onCancel }: EnterRecoveryKeyProps) {
  const area = useScreen<HTMLTextAreaElement>('Use the recovery key');
  const [text, setText] = useState(initialKey);
  const typed = useMemo(() => readTypedKey(text), [text]);
  const form = useFormErrors(ids);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (text.trim() === '') return void form.show({ recoveryKey: ['Type the recovery key from your emergency kit.'] });
    // A key the check characters already refuse is not sent: the person learns which group to fix at once.
    if (typed.problem) return void form.show({ recoveryKey: [typed.problem] });
    setBusy(true);
    const result = await window.senco.vault.checkRecoveryKey({ recoveryKey: text });
    if (result.ok) return onChecked(text, result.value);
    setBusy(false);
    form.showServer(result.error, { WRONG_RECOVERY_KEY: 'recoveryKey', INVALID_INPUT: 'recoveryKey' }, ids.recoveryKey);
  }

  return (
    <main className="page page--narrow">
      <h1>Use the recovery key</h1>
      <p className="lead">
        Type the recovery key from the school’s emergency kit to open the vault and choose a new passphrase.
      </p>
      <ErrorSummary errors={form.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <TextAreaField
          id={ids.recoveryKey}
          label="Recovery key"
          hint="13 groups of 5 letters and numbers. Spaces, hyphens and capital letters do not matter."
          areaRef={area}
          areaClassName="field__input--key"
          rows={4}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={text}
          onValueChange={form.edit('recoveryKey', setText)}
          errors={form.errors.recoveryKey}
          describedBy="recovery-key-typed"
        >
          <TypedKeyPreview id="recovery-key-typed" typed={typed} />
        </TextAreaField>
        <FormActions
          busy={busy}
          label="Continue"
          busyLabel="Checking the key…"
          busyAnnouncement="Checking the recovery key."
          cancelLabel="Back to sign in"
          onCancel={onCancel}
        />
      </form>
    </main>
  );
}
