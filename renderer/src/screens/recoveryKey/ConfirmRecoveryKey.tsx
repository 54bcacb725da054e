import { type FormEvent, useMemo, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useScreen } from '../../components/useScreen';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';

interface ConfirmRecoveryKeyProps {
  /** The two group numbers (1–13) to type back. */
  pair: readonly [number, number];
  onConfirmed(): void;
  onShowAgain(): void;
}

/** Typing two groups back shows the key was recorded, without making anyone copy all 65 characters twice. */
export function ConfirmRecoveryKey({ pair, onConfirmed, onShowAgain }: ConfirmRecoveryKeyProps) {
  const [first, second] = pair;
  const ids = useMemo(() => ({ [String(first)]: `group-${first}`, [String(second)]: `group-${second}` }), [first, second]);
  const firstField = useScreen<HTMLInputElement>('Check your recovery key');
  const [answers, setAnswers] = useState<Record<string, string>>({ [first]: '', [second]: '' });
  const form = useFormErrors(ids);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors<string> = {};
    for (const n of pair) if (!answers[n]?.trim()) missing[n] = [`Enter group ${n} of the recovery key.`];
    if (busy || form.show(missing)) return;
    setBusy(true);
    const result = await window.senco.recovery.confirm({ answers });
    setBusy(false);
    if (!result.ok) return form.showServer(result.error, {}, ids[first]);
    if (result.value.ok) return onConfirmed();
    const wrong: FieldErrors<string> = {};
    for (const n of result.value.wrongGroups) {
      wrong[n] = [`Group ${n} does not match the recovery key. Check what you recorded, or show the key again.`];
    }
    form.show(wrong);
  }

  return (
    <main className="page page--narrow">
      <h1>Check your recovery key</h1>
      <p className="lead">
        Type groups {first} and {second} from the key you recorded. This shows that it was recorded correctly.
      </p>
      <ErrorSummary errors={form.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        {pair.map((n, index) => (
          <Field
            key={n}
            id={`group-${n}`}
            label={`Group ${n}`}
            inputRef={index === 0 ? firstField : undefined}
            inputClassName="field__input--key"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            value={answers[n] ?? ''}
            onValueChange={(value) => {
              setAnswers((a) => ({ ...a, [n]: value }));
              form.clear(String(n));
            }}
            errors={form.errors[n]}
          />
        ))}
        <FormActions
          busy={busy}
          label="Confirm"
          busyLabel="Checking…"
          busyAnnouncement="Checking the groups."
          cancelLabel="Show the key again"
          onCancel={onShowAgain}
        />
      </form>
    </main>
  );
}
