export interface SubmitButtonProps {
  busy: boolean;
  label: string;
  /** The button's text while the work runs, e.g. "Unlocking…". */
  busyLabel: string;
  /** What a screen reader hears once when the work starts. */
  busyAnnouncement: string;
}

/** A form's submit button that shows and announces work in progress, and cannot be pressed twice. */
export function SubmitButton({ busy, label, busyLabel, busyAnnouncement }: SubmitButtonProps) {
  return (
    <>
      <button type="submit" className="button" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      <p role="status" className="visually-hidden">
        {busy ? busyAnnouncement : ''}
      </p>
    </>
  );
}
