import type { ReactNode } from 'react';
import { describeField, fieldClass, FieldMessages } from './FieldMessages';

interface RadioGroupProps {
  /** The fieldset's id; each radio is `${id}-${value}`, the first one is the error link's target. */
  id: string;
  legend: string;
  name: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onValueChange(value: string): void;
  hint?: ReactNode;
  errors?: readonly string[];
}

/** GOV.UK radios: a fieldset whose legend asks the question; arrow keys move between the choices. */
export function RadioGroup({ id, legend, name, value, options, onValueChange, hint, errors = [] }: RadioGroupProps) {
  const ids = describeField(id, hint, errors);
  return (
    <div className={fieldClass(ids)}>
      <fieldset className="fieldset" id={id} aria-describedby={ids.describedBy}>
        <legend className="field__label">{legend}</legend>
        <FieldMessages ids={ids} hint={hint} errors={errors} />
        {options.map((option) => (
          <div className="radio" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              className="radio__input"
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onValueChange(option.value)}
            />
            <label className="radio__label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
