import { useMemo, useState } from 'react';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { today } from '../pupil/decision';
import { schoolYearTerms } from './schoolYear';

export interface RangeChoice {
  /** A term's id, or 'custom' for dates of one's own. */
  choice: string;
  from: string;
  to: string;
}

/** This school year, to begin with: what a SENCO reports on most. */
export function useRangeChoice() {
  const terms = useMemo(() => schoolYearTerms(today()), []);
  const first = terms[0]!;
  const [range, setRange] = useState<RangeChoice>({ choice: first.id, from: first.from, to: first.to });
  return { terms, range, setRange };
}

/** The range as the contract takes it, or what to fix in it. */
export function rangeProblems(range: RangeChoice): { from?: string[]; to?: string[] } {
  if (range.choice !== 'custom') return {};
  const found: { from?: string[]; to?: string[] } = {};
  if (range.from === '') found.from = ['Enter the first date of the range.'];
  if (range.to === '') found.to = ['Enter the last date of the range.'];
  else if (range.from !== '' && range.to < range.from) found.to = ['The last date must be on or after the first.'];
  return found;
}

interface RangeFieldsProps {
  idPrefix: string;
  terms: ReturnType<typeof schoolYearTerms>;
  range: RangeChoice;
  errors: { from?: readonly string[] | undefined; to?: readonly string[] | undefined };
  onChange(range: RangeChoice): void;
}

/** A term of this school year, or dates of one's own. */
export function RangeFields({ idPrefix, terms, range, errors, onChange }: RangeFieldsProps) {
  const options = [...terms.map((t) => ({ value: t.id, label: t.label })), { value: 'custom', label: 'Dates of my own' }];
  const choose = (choice: string) => {
    const term = terms.find((t) => t.id === choice);
    onChange(term ? { choice, from: term.from, to: term.to } : { ...range, choice: 'custom' });
  };
  return (
    <div className="range-fields">
      <SelectField id={`${idPrefix}-range`} label="Dates" options={options} value={range.choice} onValueChange={(v) => choose(v || terms[0]!.id)} />
      {range.choice === 'custom' ? (
        <>
          <Field id={`${idPrefix}-from`} label="From" type="date" inputClassName="field__input--date" errors={errors.from} value={range.from} onValueChange={(from) => onChange({ ...range, from })} />
          <Field id={`${idPrefix}-to`} label="To" type="date" inputClassName="field__input--date" errors={errors.to} value={range.to} onValueChange={(to) => onChange({ ...range, to })} />
        </>
      ) : null}
    </div>
  );
}
