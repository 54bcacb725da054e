interface ConfirmActionsProps {
  /** `danger` destroys something the page names; `warning` cannot be undone but destroys no records (base.css). */
  tone: 'danger' | 'warning';
  label: string;
  /** The button's text while main works; the button is disabled meanwhile. */
  busyLabel?: string;
  busy?: boolean;
  onConfirm(): void;
  cancelLabel?: string;
  onCancel(): void;
}

/** The two answers on a page that asks before something that cannot be undone: do it, or leave it. */
export function ConfirmActions(props: ConfirmActionsProps) {
  const { tone, label, busyLabel, busy = false, onConfirm, cancelLabel = 'Cancel', onCancel } = props;
  return (
    <div className="button-row">
      <button type="button" className={`button button--${tone}`} disabled={busy} onClick={onConfirm}>
        {busy ? (busyLabel ?? label) : label}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
