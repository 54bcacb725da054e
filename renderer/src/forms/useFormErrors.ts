import { useCallback, useMemo, useState } from 'react';
import type { AppError, ErrorCode } from '../../../shared/contract/result';
import type { FormError } from '../components/ErrorSummary';

export type FieldErrors<K extends string> = Partial<Record<K, string[]>>;

/**
 * The error state every form shares: errors per field, one error of the
 * whole form (a refusal from main that belongs to no field), the summary in
 * the order of the fields, and focus moved to the first thing to fix.
 */
export function useFormErrors<K extends string>(ids: Readonly<Record<K, string>>) {
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [formError, setFormError] = useState<FormError | null>(null);

  const summary = useMemo<FormError[]>(() => {
    const fields = (Object.keys(ids) as K[]).flatMap((field) =>
      (errors[field] ?? []).map((message) => ({ message, fieldId: ids[field] })),
    );
    return formError ? [formError, ...fields.filter((e) => e.message !== formError.message)] : fields;
  }, [errors, formError, ids]);

  /** Editing a field clears its errors: they described the old value. */
  const clear = useCallback((field: K) => {
    setErrors(({ [field]: _old, ...others }) => others as FieldErrors<K>);
    setFormError(null);
  }, []);

  /** A change handler for one field: stores the new value, then clears the errors about the old one. */
  const edit = useCallback(
    <V>(field: K, set: (value: V) => void) =>
      (value: V) => {
        set(value);
        clear(field);
      },
    [clear],
  );

  /** Shows what the form found before asking main; true when there is something to fix. */
  const show = useCallback(
    (found: FieldErrors<K>): boolean => {
      setErrors(found);
      setFormError(null);
      const first = (Object.keys(ids) as K[]).find((field) => (found[field]?.length ?? 0) > 0);
      if (first) focusById(ids[first]);
      return first !== undefined;
    },
    [ids],
  );

  /** Shows main's refusal: on its field where it belongs to one, and always in the summary. */
  const showServer = useCallback(
    (error: AppError, fieldOf: Partial<Record<ErrorCode, K>> = {}, fallbackFocus?: string) => {
      const field = fieldOf[error.code];
      setErrors(field ? ({ [field]: [error.message] } as FieldErrors<K>) : {});
      setFormError({ message: error.message, fieldId: field ? ids[field] : undefined });
      focusById(field ? ids[field] : fallbackFocus);
    },
    [ids],
  );

  return { errors, summary, clear, edit, show, showServer };
}

export function focusById(id: string | undefined): void {
  if (id) document.getElementById(id)?.focus();
}
