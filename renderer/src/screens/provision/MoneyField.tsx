import { Field } from '../../components/Field';

interface MoneyFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  errors?: string[] | undefined;
  onValueChange(value: string): void;
}

/** An amount in pounds and pence, with the £ before the box. */
export function MoneyField({ id, label, hint, value, errors, onValueChange }: MoneyFieldProps) {
  return (
    <div className="money-field">
      <span className="money-field__prefix" aria-hidden="true">
        £
      </span>
      <Field id={id} label={`${label} (£)`} {...(hint ? { hint } : {})} inputMode="decimal" autoComplete="off" inputClassName="field__input--number" errors={errors} value={value} onValueChange={onValueChange} />
    </div>
  );
}
