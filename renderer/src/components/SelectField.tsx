import type { ReactNode, Ref } from 'react';
import { describeField, FieldMessages } from './FieldMessages';

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  /** Shown first with the value '' so that nothing is chosen for the person by accident. */
  placeholder?: string;
  onValueChange(value: V | ''): void;
  hint?: ReactNode;
  errors?: readonly string[];
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { id, label, value, options, placeholder, onValueChange, hint, errors = [], selectRef } = props;
  const ids = describeField(id, hint, errors);
  return (
    <div className={ids.errorId ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} errors={errors} />
      <select
        id={id}
        ref={selectRef}
        className="field__select"
        value={value}
        onChange={(event) => onValueChange(event.target.value as V | '')}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
