import type { ReactNode } from 'react';
import { describeField, FieldMessages } from './FieldMessages';

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  hint?: ReactNode;
  errors?: readonly string[];
}

/** One GOV.UK-style checkbox: a large target, the label beside it, errors above. */
export function CheckboxField({ id, label, checked, onCheckedChange, hint, errors = [] }: CheckboxFieldProps) {
  const ids = describeField(id, hint, errors);
  return (
    <div className={ids.errorId ? 'field field--error' : 'field'}>
      <FieldMessages ids={{ ...ids, hintId: undefined }} hint={null} errors={errors} />
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          className="checkbox__input"
          checked={checked}
          onChange={(event) => onCheckedChange(event.target.checked)}
          aria-invalid={ids.errorId ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {ids.hintId ? (
        <div className="field__hint checkbox__hint" id={ids.hintId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
