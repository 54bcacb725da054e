import { type FormEvent, useState } from 'react';
import { periodProblem } from '../../../../shared/rules/involvement';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useFormErrors } from '../../forms/useFormErrors';
import { longDate } from '../register/labels';
import { today } from './decision';
import type { TaskProps } from './taskProps';

const ids = { endDate: 'involvement-ended-on' };

interface EndInvolvementProps extends TaskProps {
  involvementId: string;
  version: number;
  professional: string;
  startDate: string;
}

/** Asks before an involvement ends, and from which day. The involvement stays on the file as ended. */
export function EndInvolvement({ pupilId, pupilName, involvementId, version, professional, startDate, onDone, onCancel }: EndInvolvementProps) {
  const [endDate, setEndDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = endDate === '' ? 'Enter the date the involvement ended.' : periodProblem(startDate, endDate);
    if (busy || errors.show(problem ? { endDate: [problem] } : {})) return;
    setBusy(true);
    const result = await window.senco.people.endInvolvement({ pupilId, involvementId, version, endDate });
    if (result.ok) return onDone(`The involvement of ${professional} ended on ${longDate(endDate)}.`);
    setBusy(false);
    errors.showServer(result.error, {}, ids.endDate);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`End the involvement of ${professional}`}>
        End the involvement of {professional} with {pupilName}?
      </PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <p className="form-intro">They have been involved since {longDate(startDate)}. The involvement stays on the file, marked as ended.</p>
        <Field id={ids.endDate} label="Date the involvement ended" type="date" inputClassName="field__input--date" errors={errors.errors.endDate} value={endDate} onValueChange={errors.edit('endDate', setEndDate)} />
        <div className="button-row">
          <button type="submit" className="button button--warning" disabled={busy}>
            {busy ? 'Ending…' : 'End the involvement'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
