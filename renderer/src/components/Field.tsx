import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'>;

interface FieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  hint?: string;
  /** Reasons the value is refused; shown above the input and read with it. */
  errors?: readonly string[];
  /** Other elements that describe the input (a strength meter, say). */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown under the input, inside the field's error border (a strength meter, say). */
  children?: ReactNode;
}

export function Field(props: FieldProps) {
  const { id, label, value, onValueChange, hint, errors = [], describedBy, inputRef, children, ...input } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const described = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errorId ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <div className="field__error" id={errorId}>
          {errors.map((error) => (
            <p key={error}>
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          ))}
        </div>
      ) : null}
      <input
        {...input}
        id={id}
        ref={inputRef}
        className="field__input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={described}
      />
      {children}
    </div>
  );
}
