import { type FormEvent, useState } from 'react';
import type { CsvPreview } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { useFormErrors } from '../../forms/useFormErrors';
import { pupils } from './importText';

export interface LeaverChoice {
  pupilIds: string[];
  leavingDate: string;
}

interface CsvLeaversProps {
  leavers: CsvPreview['leavers'];
  choice: LeaverChoice;
  onContinue(choice: LeaverChoice): void;
  onBack(): void;
}

const ids = { leavingDate: 'leavers-date' };

/**
 * Pupils on roll here whom a full-roll file does not list: offered as
 * leavers, each ticked by the SENCO. Nobody is deleted; a leaver keeps their
 * file and is hidden from the register until "Include leavers" is ticked.
 */
export function CsvLeavers({ leavers, choice, onContinue, onBack }: CsvLeaversProps) {
  const [chosen, setChosen] = useState(() => new Set(choice.pupilIds));
  const [leavingDate, setLeavingDate] = useState(choice.leavingDate);
  const errors = useFormErrors(ids);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.size > 0 && errors.show(leavingDate === '' ? { leavingDate: ['Enter the date they left.'] } : {})) return;
    onContinue({ pupilIds: leavers.filter((l) => chosen.has(l.pupilId)).map((l) => l.pupilId), leavingDate });
  }

  const toggle = (pupilId: string, on: boolean) =>
    setChosen((now) => {
      const next = new Set(now);
      if (on) next.add(pupilId);
      else next.delete(pupilId);
      return next;
    });

  return (
    <main className="page page--medium">
      <PageHeading title="Pupils missing from the file">Have these pupils left?</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <p>
        The file lists every pupil on roll, but {pupils(leavers.length)} on roll here {leavers.length === 1 ? 'is' : 'are'} not in it. Tick those who have left: they will be
        marked as left, not deleted. Leave the others unticked.
      </p>
      <form className="card" noValidate onSubmit={submit}>
        <fieldset className="import-leavers">
          <legend className="field__label">Mark as left</legend>
          {leavers.map((leaver) => (
            <div className="checkbox" key={leaver.pupilId}>
              <input
                id={`leaver-${leaver.pupilId}`}
                type="checkbox"
                className="checkbox__input"
                checked={chosen.has(leaver.pupilId)}
                onChange={(event) => toggle(leaver.pupilId, event.target.checked)}
              />
              <label className="checkbox__label" htmlFor={`leaver-${leaver.pupilId}`}>
                {leaver.name}
                {leaver.upn ? `, UPN ${leaver.upn}` : ', no UPN'}
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          id={ids.leavingDate}
          label="Date they left"
          hint="The last day on roll, for everyone ticked."
          type="date"
          inputClassName="field__input--date"
          errors={errors.errors.leavingDate}
          value={leavingDate}
          onValueChange={errors.edit('leavingDate', setLeavingDate)}
        />
        <FormActions busy={false} label="Continue" busyLabel="Continue" busyAnnouncement="" cancelLabel="Back to the preview" onCancel={onBack} />
      </form>
    </main>
  );
}
