import type { ReactNode } from 'react';

export interface FieldDescription {
  hintId: string | undefined;
  errorId: string | undefined;
  /** The value for aria-describedby: hint, errors, then anything else that describes the control. */
  describedBy: string | undefined;
}

/** The ids every kind of field (input, select, text area) uses, so that each reads the same to a screen reader. */
export function describeField(id: string, hint: ReactNode, errors: readonly string[], extra?: string): FieldDescription {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId, extra].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

/** The field's box: with errors it gets the red bar beside it, so the eye finds what to fix. */
export const fieldClass = (ids: FieldDescription): string => (ids.errorId ? 'field field--error' : 'field');

/** What ties a control to its hint and errors for a screen reader, and marks it invalid while it has errors. */
export function controlAria(ids: FieldDescription) {
  return { 'aria-invalid': ids.errorId ? true : undefined, 'aria-describedby': ids.describedBy } as const;
}

/** The hint and the errors above a control, in the GOV.UK order: label, hint, error, control. */
export function FieldMessages({ ids, hint, errors }: { ids: FieldDescription; hint: ReactNode; errors: readonly string[] }) {
  return (
    <>
      {ids.hintId ? (
        <div className="field__hint" id={ids.hintId}>
          {hint}
        </div>
      ) : null}
      {ids.errorId ? (
        <div className="field__error" id={ids.errorId}>
          {errors.map((error) => (
            <p key={error}>
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          ))}
        </div>
      ) : null}
    </>
  );
}
