import type { Ref } from 'react';
import { FieldFrame, type FieldFrameProps, splitFrameProps } from './FieldFrame';

interface SelectFieldProps<V extends string> extends Omit<FieldFrameProps, 'describedBy' | 'children'> {
  value: V | '';
  options: readonly { value: V; label: string }[];
  /** Shown first with the value '' so that nothing is chosen for the person by accident. */
  placeholder?: string;
  /** Typed by the options (NoInfer), so a plain state setter fits without widening V to string. */
  onValueChange(value: NoInfer<V> | ''): void;
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const [frame, { value, options, placeholder, onValueChange, selectRef }] = splitFrameProps(props);
  return (
    <FieldFrame
      {...frame}
      control={(aria) => (
        <select
          id={frame.id}
          ref={selectRef}
          className="field__select"
          value={value}
          onChange={(event) => onValueChange(event.target.value as V | '')}
          {...aria}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
