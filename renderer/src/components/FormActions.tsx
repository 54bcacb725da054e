import { SubmitButton, type SubmitButtonProps } from './SubmitButton';

interface FormActionsProps extends SubmitButtonProps {
  /** The way out without sending: "Cancel" unless the page says otherwise ("Back", "Show the key again"). */
  cancelLabel?: string;
  onCancel(): void;
}

/** The row under a form: send it, or leave without sending. The way out is never disabled, even while busy. */
export function FormActions({ cancelLabel = 'Cancel', onCancel, ...submit }: FormActionsProps) {
  return (
    <div className="button-row">
      <SubmitButton {...submit} />
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
