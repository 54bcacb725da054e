export interface FormError {
  message: string;
  /** The input to focus when the person follows the link; none for errors of the whole form. */
  fieldId?: string;
}

/**
 * The GOV.UK error summary pattern, familiar to school staff: a list of what
 * to fix, each linked to its field. The alert region is always in the page so
 * that screen readers announce new content reliably.
 */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  return (
    <div role="alert" className="alert-region">
      {errors.length > 0 ? (
        <div className="error-summary">
          <h2 className="error-summary__title">There is a problem</h2>
          <ul className="error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}:${error.message}`}>
                {error.fieldId ? (
                  <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function focusField(event: { preventDefault(): void }, fieldId: string | undefined) {
  // Following the hash would scroll the label out of view and change the URL; focus the input instead.
  event.preventDefault();
  if (fieldId) document.getElementById(fieldId)?.focus();
}
