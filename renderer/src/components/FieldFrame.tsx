import type { ReactNode } from 'react';
import { controlAria, describeField, fieldClass, FieldMessages } from './FieldMessages';

type ControlAria = ReturnType<typeof controlAria>;

/** What every labelled field takes besides its control; Field, TextAreaField and SelectField pass these through. */
export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Reasons the value is refused; shown above the control and read with it. */
  errors?: readonly string[] | undefined;
  /** Other elements that describe the control (a strength meter, say). */
  describedBy?: string | undefined;
  /** Shown under the control, inside the field's error border (a strength meter, say). */
  children?: ReactNode;
}

/** Splits a field's props into the frame's and the control's, so each kind of field lists only its own. */
export function splitFrameProps<P extends FieldFrameProps>(props: P) {
  const { id, label, hint, errors, describedBy, children, ...control } = props;
  return [{ id, label, hint, errors, describedBy, children }, control] as const;
}

interface Props extends FieldFrameProps {
  /** Draws the control, which must carry `id` and spread `aria` so that the label, hint and errors reach it. */
  control(aria: ControlAria): ReactNode;
}

/**
 * The GOV.UK field: label, hint, errors, then the control. One place for the
 * order and the aria wiring, so that every kind of field reads the same to a
 * screen reader.
 */
export function FieldFrame({ id, label, hint, errors = [], describedBy, control, children }: Props) {
  const ids = describeField(id, hint, errors, describedBy);
  return (
    <div className={fieldClass(ids)}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} errors={errors} />
      {control(controlAria(ids))}
      {children}
    </div>
  );
}
