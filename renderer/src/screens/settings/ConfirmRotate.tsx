import { useScreen } from '../../components/useScreen';

interface ConfirmRotateProps {
  onConfirm(): void;
  onCancel(): void;
}

/** What rotating does and costs, before it starts: it cannot be paused once begun. */
export function ConfirmRotate({ onConfirm, onCancel }: ConfirmRotateProps) {
  const heading = useScreen<HTMLHeadingElement>('Rotate the data key');
  return (
    <main className="page page--narrow">
      <h1 ref={heading} tabIndex={-1}>
        Rotate the data key?
      </h1>
      <div className="card">
        <p>
          SENCO Desk will re-encrypt every record with a new data key, then check that every record is intact. Do this
          if a copy of the vault files may have got out together with a passphrase: for example after a laptop was
          lost, or when someone who knew the passphrases has left.
        </p>
        <ul className="steps">
          <li>Passphrases and the recovery key stay the same.</li>
          <li>Nobody can use SENCO Desk until it finishes. It can take a few minutes.</li>
          <li>Keep the laptop plugged in and switched on.</li>
        </ul>
        <div className="button-row">
          <button type="button" className="button button--warning" onClick={onConfirm}>
            Rotate the data key now
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </main>
  );
}
