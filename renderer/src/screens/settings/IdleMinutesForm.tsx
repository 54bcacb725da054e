import { type FormEvent, useState } from 'react';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../../../../shared/domain/idleLock';
import type { SecuritySettings } from '../../api';
import { Field } from '../../components/Field';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormErrors } from '../../forms/useFormErrors';

const ids = { minutes: 'idle-minutes' } as const;
const RANGE = `Enter a whole number of minutes from ${MIN_IDLE_MINUTES} to ${MAX_IDLE_MINUTES}.`;

interface IdleMinutesFormProps {
  initial: number;
  onSaved(settings: SecuritySettings): void;
}

/** A text input with inputMode numeric, not type=number: no spinner to nudge by accident, and the error says why. */
export function IdleMinutesForm({ initial, onSaved }: IdleMinutesFormProps) {
  const [text, setText] = useState(String(initial));
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormErrors(ids);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const minutes = /^\s*\d{1,3}\s*$/.test(text) ? Number(text) : Number.NaN;
    const valid = Number.isInteger(minutes) && minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES;
    if (busy || form.show(valid ? {} : { minutes: [RANGE] })) return;
    setBusy(true);
    setSaved(null);
    const result = await window.senco.settings.setIdleMinutes({ minutes });
    setBusy(false);
    if (!result.ok) return form.showServer(result.error, { INVALID_INPUT: 'minutes' }, ids.minutes);
    onSaved(result.value);
    setSaved(`Saved: SENCO Desk now locks after ${result.value.idleMinutes} ${result.value.idleMinutes === 1 ? 'minute' : 'minutes'} without use.`);
  }

  return (
    <form noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
      <Field
        id={ids.minutes}
        label="Lock after this many minutes without use"
        hint={`From ${MIN_IDLE_MINUTES} to ${MAX_IDLE_MINUTES} minutes. A short time keeps records safe when the laptop is left open.`}
        inputMode="numeric"
        autoComplete="off"
        inputClassName="field__input--narrow"
        value={text}
        onValueChange={(v) => {
          setText(v);
          setSaved(null);
          form.clear('minutes');
        }}
        errors={form.errors.minutes}
      />
      <div className="button-row">
        <SubmitButton busy={busy} label="Save" busyLabel="Saving…" busyAnnouncement="Saving." />
        <p role="status" className="saved-as">
          {saved ?? ''}
        </p>
      </div>
    </form>
  );
}
