import { type FormEvent, useState } from 'react';
import type { Result } from '../../../../shared/contract/result';
import { type Evaluation, type EvaluationDecision, evaluationDecisionLabels, evaluationDecisions } from '../../../../shared/domain/provision';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormErrors } from '../../forms/useFormErrors';
import { today } from '../pupil/decision';

const decisionOptions = evaluationDecisions.map((value) => ({ value, label: evaluationDecisionLabels[value] }));

interface EvaluationFormProps {
  /** "Evaluate Toe by Toe (Year 5)", "Evaluate Toe by Toe for Ava Okonjo". */
  heading: string;
  /** The evaluation on record, to change; null for the first. */
  current: Evaluation | null;
  save(evaluation: Evaluation): Promise<Result<unknown>>;
  /** "The evaluation of … was saved: continue." */
  notice(decision: EvaluationDecision): string;
  onDone(notice: string): void;
  onCancel(): void;
}

/** An intervention's evaluation, for a group or for one pupil in it: continue, stop or change it, and why. */
export function EvaluationForm({ heading, current, save, notice, onDone, onCancel }: EvaluationFormProps) {
  const [decision, setDecision] = useState<EvaluationDecision | ''>(current?.decision ?? '');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [date, setDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors({ decision: 'evaluation-decision', reason: 'evaluation-reason', date: 'evaluation-date' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...(decision === '' ? { decision: ['Choose continue, stop or change.'] } : {}),
      ...(reason.trim() === '' ? { reason: ['Give the reason for the decision.'] } : {}),
      ...(date === '' ? { date: ['Enter the date of the evaluation.'] } : {}),
    };
    if (busy || errors.show(found) || decision === '') return;
    setBusy(true);
    const result = await save({ decision, reason: reason.trim(), date });
    if (result.ok) return onDone(notice(decision));
    setBusy(false);
    errors.showServer(result.error, {}, 'evaluation-decision-continue');
  }

  return (
    <main className="page page--medium">
      <PageHeading title={heading} />
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <RadioGroup id="evaluation-decision" legend="What happens to the intervention now?" name="evaluation-decision" value={decision} options={decisionOptions} errors={errors.errors.decision} onValueChange={(v) => errors.edit('decision', setDecision)(v as EvaluationDecision)} />
        <TextAreaField id="evaluation-reason" label="Why?" hint="What the scores and reviews show, and what changes if anything." rows={4} errors={errors.errors.reason} value={reason} onValueChange={errors.edit('reason', setReason)} />
        <Field id="evaluation-date" label="Date of the evaluation" type="date" inputClassName="field__input--date" errors={errors.errors.date} value={date} onValueChange={errors.edit('date', setDate)} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : 'Save the evaluation'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
