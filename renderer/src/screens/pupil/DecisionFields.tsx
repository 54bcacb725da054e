import { CheckboxField } from '../../components/CheckboxField';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import type { FieldErrors } from '../../forms/useFormErrors';
import { type DecisionField, type DecisionForm, decisionIds } from './decision';

interface DecisionFieldsProps {
  value: DecisionForm;
  errors: FieldErrors<DecisionField>;
  onChange(next: DecisionForm): void;
  onEdit(field: DecisionField): void;
}

const consultees = [
  ['class-teacher', 'Class teacher'],
  ['parents', 'Parents'],
  ['pupil', 'The pupil'],
] as const;

/** Who decided, when, and who was asked: the record the Code of Practice expects of a change of SEN status. */
export function DecisionFields({ value, errors, onChange, onEdit }: DecisionFieldsProps) {
  const set = <K extends keyof DecisionForm>(key: K) => (next: DecisionForm[K]) => {
    onChange({ ...value, [key]: next });
    if (key in decisionIds) onEdit(key as DecisionField);
  };
  const toggle = (who: DecisionForm['consulted'][number]) => (on: boolean) =>
    set('consulted')(on ? [...value.consulted, who] : value.consulted.filter((c) => c !== who));
  return (
    <>
      <Field id={decisionIds.startDate} label="Start date" hint="The day the status applies from." type="date" inputClassName="field__input--date" errors={errors.startDate} value={value.startDate} onValueChange={set('startDate')} />
      <Field id={decisionIds.decisionDate} label="Decision date" type="date" inputClassName="field__input--date" errors={errors.decisionDate} value={value.decisionDate} onValueChange={set('decisionDate')} />
      <Field id={decisionIds.decidedBy} label="Who decided" hint="For example: SENCO with class teacher." autoComplete="off" errors={errors.decidedBy} value={value.decidedBy} onValueChange={set('decidedBy')} />
      <fieldset className="fieldset field">
        <legend className="field__label">Who was consulted</legend>
        {consultees.map(([who, label]) => (
          <CheckboxField key={who} id={`consulted-${who}`} label={label} checked={value.consulted.includes(who)} onCheckedChange={toggle(who)} />
        ))}
      </fieldset>
      <Field id="decision-parents-informed" label="Date parents were informed (optional)" type="date" inputClassName="field__input--date" value={value.parentsInformedOn} onValueChange={set('parentsInformedOn')} />
      <TextAreaField id="decision-note" label="Note (optional)" rows={3} value={value.note} onValueChange={set('note')} />
    </>
  );
}
