import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { useFormErrors } from '../../forms/useFormErrors';
import type { ReviewOutcomeValue } from '../provision/api';

interface OutcomeFormProps {
  outcome: ReviewOutcomeValue | null;
  onDone(notice: string): void;
  onCancel(): void;
}

const ids = { label: 'outcome-label', score: 'outcome-score' };
const scores = [2, 1, 0, -1, -2] as const;
const scoreOptions = scores.map((s) => ({ value: String(s), label: s > 0 ? `+${s}` : s < 0 ? `−${-s}` : '0' }));

/** A review outcome's words and score. */
export function OutcomeForm({ outcome, onDone, onCancel }: OutcomeFormProps) {
  const [label, setLabel] = useState(outcome?.label ?? '');
  const [score, setScore] = useState(outcome ? String(outcome.score) : '');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...(label.trim() === '' ? { label: ['Enter the words for the outcome.'] } : {}),
      ...(score === '' ? { score: ['Score the outcome from −2 to +2.'] } : {}),
    };
    if (busy || errors.show(found)) return;
    const value = Number(score) as (typeof scores)[number];
    setBusy(true);
    const result = outcome
      ? await window.senco.provision.changeOutcome({ outcomeId: outcome.id, label: label.trim(), score: value })
      : await window.senco.provision.addOutcome({ label: label.trim(), score: value });
    if (result.ok) return onDone(outcome ? `${label.trim()} was saved.` : `${label.trim()} was added.`);
    setBusy(false);
    errors.showServer(result.error, {}, ids.label);
  }

  const title = outcome ? `Change ${outcome.label}` : 'Add a review outcome';
  return (
    <main className="page page--medium">
      <PageHeading title={title} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field id={ids.label} label="Words for the outcome" hint="For example: Met the intended outcome." autoComplete="off" errors={errors.errors.label} value={label} onValueChange={errors.edit('label', setLabel)} />
        <RadioGroup id={ids.score} legend="Score" name="outcome-score" hint="+2 is the best outcome, −2 the worst." value={score} options={scoreOptions} errors={errors.errors.score} onValueChange={errors.edit('score', setScore)} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : 'Save the outcome'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
