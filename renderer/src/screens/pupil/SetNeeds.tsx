import { type FormEvent, useState } from 'react';
import { isNeedType, type NeedType } from '../../../../shared/domain/sen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { type FieldErrors, useFormErrors } from '../../forms/useFormErrors';
import { needOptions } from '../register/labels';
import { today } from './decision';
import type { TaskProps } from './taskProps';

const ids = { fromDate: 'needs-from', rank1: 'need-rank-1', rank2: 'need-rank-2', rank3: 'need-rank-3' };
type FieldName = keyof typeof ids;
const ranks = [
  { field: 'rank1', label: 'Primary need (rank 1)' },
  { field: 'rank2', label: 'Secondary need (rank 2, optional)' },
  { field: 'rank3', label: 'Third need (rank 3, optional)' },
] as const;

/** Up to three needs in rank order; they replace the current ones from the date given, which stay as history. */
export function SetNeeds({ pupilId, pupilName, current, onDone, onCancel }: TaskProps & { current: readonly string[] }) {
  const [fromDate, setFromDate] = useState(today);
  // Starts from the needs open now, so a change to one of them is one choice.
  const [needs, setNeeds] = useState<(NeedType | '')[]>(() => [0, 1, 2].map((i) => {
    const code = current[i];
    return code !== undefined && isNeedType(code) ? code : '';
  }));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<FieldName> = {};
    if (fromDate === '') found.fromDate = ['Enter the date the needs apply from.'];
    const chosen = needs.filter((n): n is NeedType => n !== '');
    if (needs[0] === '' && chosen.length > 0) found.rank1 = ['Choose the primary need first.'];
    if (new Set(chosen).size !== chosen.length) found.rank2 = ['Choose each need once.'];
    if (busy || errors.show(found)) return;
    setBusy(true);
    const ranked = chosen.map((type, i) => ({ type, rank: i + 1 }));
    const result = await window.senco.sen.setNeeds({ pupilId, fromDate, needs: ranked });
    if (result.ok) return onDone(chosen.length === 0 ? 'Needs ended.' : `Needs saved: ${chosen.join(', ')}.`);
    setBusy(false);
    errors.showServer(result.error, {}, ids.rank1);
  }

  return (
    <main className="page page--medium">
      <PageHeading title={`Set needs: ${pupilName}`}>Set needs for {pupilName}</PageHeading>
      <ErrorSummary errors={errors.summary} />
      <form className="card" noValidate aria-busy={busy} onSubmit={(e) => void submit(e)}>
        <Field id={ids.fromDate} label="From" type="date" inputClassName="field__input--date" errors={errors.errors.fromDate} value={fromDate} onValueChange={errors.edit('fromDate', setFromDate)} />
        {ranks.map(({ field, label }, i) => (
          <SelectField
            key={field}
            id={ids[field]}
            label={label}
            placeholder="None"
            options={needOptions}
            value={needs[i] ?? ''}
            errors={errors.errors[field]}
            onValueChange={errors.edit(field, (v: NeedType | '') => setNeeds((all) => all.map((n, j) => (j === i ? v : n))))}
          />
        ))}
        <p className="field__hint">The census takes the first two. Leave all three at “None” to end the current needs.</p>
        <FormActions busy={busy} label="Save the needs" busyLabel="Saving…" busyAnnouncement="Saving the needs." onCancel={onCancel} />
      </form>
    </main>
  );
}
