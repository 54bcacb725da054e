import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { describeField, FieldMessages } from './FieldMessages';

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'children'>;

interface TextAreaFieldProps extends AreaProps {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  hint?: ReactNode;
  errors?: readonly string[];
  describedBy?: string;
  areaRef?: Ref<HTMLTextAreaElement>;
  areaClassName?: string;
  children?: ReactNode;
}

export function TextAreaField(props: TextAreaFieldProps) {
  const { id, label, value, onValueChange, hint, errors = [], describedBy, areaRef, areaClassName, children, ...area } =
    props;
  const ids = describeField(id, hint, errors, describedBy);
  return (
    <div className={ids.errorId ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} errors={errors} />
      <textarea
        {...area}
        id={id}
        ref={areaRef}
        className={areaClassName ? `field__input ${areaClassName}` : 'field__input'}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      {children}
    </div>
  );
}
