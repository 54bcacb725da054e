import type { ReactNode } from 'react';
import { controlAria, describeField, fieldClass, FieldMessages } from './FieldMessages';

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  hint?: ReactNode;
  errors?: readonly string[];
}

/**
 * One GOV.UK-style checkbox: a large target, the label beside it, errors above
 * and the hint under the label, so it does not use FieldFrame's order.
 */
export function CheckboxField({ id, label, checked, onCheckedChange, hint, errors = [] }: CheckboxFieldProps) {
  const ids = describeField(id, hint, errors);
  return (
    <div className={fieldClass(ids)}>
      <FieldMessages ids={{ ...ids, hintId: undefined }} hint={null} errors={errors} />
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          className="checkbox__input"
          checked={checked}
          onChange={(event) => onCheckedChange(event.target.checked)}
          {...controlAria(ids)}
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
