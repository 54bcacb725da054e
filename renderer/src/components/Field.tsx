import type { InputHTMLAttributes, Ref } from 'react';
import { FieldFrame, type FieldFrameProps, splitFrameProps } from './FieldFrame';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'>;

interface FieldProps extends InputProps, FieldFrameProps {
  value: string;
  onValueChange(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
  /** Extra class for the input, e.g. a narrow width for a number. */
  inputClassName?: string;
}

/** A text input in the field frame; other input attributes (type, autoComplete…) go to the input itself. */
export function Field(props: FieldProps) {
  const [frame, { value, onValueChange, inputRef, inputClassName, ...input }] = splitFrameProps(props);
  return (
    <FieldFrame
      {...frame}
      control={(aria) => (
        <input
          {...input}
          id={frame.id}
          ref={inputRef}
          className={inputClassName ? `field__input ${inputClassName}` : 'field__input'}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          {...aria}
        />
      )}
    />
  );
}
