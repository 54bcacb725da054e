import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describeField, FieldMessages } from './FieldMessages';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'>;

interface FieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  hint?: ReactNode;
  /** Reasons the value is refused; shown above the input and read with it. */
  errors?: readonly string[];
  /** Other elements that describe the input (a strength meter, say). */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown under the input, inside the field's error border (a strength meter, say). */
  children?: ReactNode;
  /** Extra class for the input, e.g. a narrow width for a number. */
  inputClassName?: string;
}

export function Field(props: FieldProps) {
  const { id, label, value, onValueChange, hint, errors = [], describedBy, inputRef, children, inputClassName, ...input } =
    props;
  const ids = describeField(id, hint, errors, describedBy);
  return (
    <div className={ids.errorId ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} errors={errors} />
      <input
        {...input}
        id={id}
        ref={inputRef}
        className={inputClassName ? `field__input ${inputClassName}` : 'field__input'}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      {children}
    </div>
  );
}
