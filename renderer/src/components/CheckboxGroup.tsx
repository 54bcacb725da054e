import type { ReactNode } from 'react';
import { describeField, fieldClass, FieldMessages } from './FieldMessages';

interface CheckboxGroupProps<V extends string> {
  /** The fieldset's id; each box is `${id}-${value}`, the first one is the error link's target. */
  id: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onValueChange(value: V[]): void;
  hint?: ReactNode;
  errors?: readonly string[];
}

/**
 * GOV.UK checkboxes under one question: the legend asks it, the hint and
 * errors are read with the group, and the chosen values keep the options'
 * order whatever order they were ticked in.
 */
export function CheckboxGroup<V extends string>({ id, legend, options, value, onValueChange, hint, errors = [] }: CheckboxGroupProps<V>) {
  const ids = describeField(id, hint, errors);
  const toggle = (option: V, on: boolean) =>
    onValueChange(options.map((o) => o.value).filter((v) => (v === option ? on : value.includes(v))));
  return (
    <div className={fieldClass(ids)}>
      <fieldset className="fieldset" id={id} aria-describedby={ids.describedBy}>
        <legend className="field__label">{legend}</legend>
        <FieldMessages ids={ids} hint={hint} errors={errors} />
        {options.map((option) => (
          <div className="checkbox" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              className="checkbox__input"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label className="checkbox__label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
