import { ConfirmActions } from '../../components/ConfirmActions';
import { PageHeading } from '../../components/PageHeading';

interface ConfirmRotateProps {
  onConfirm(): void;
  onCancel(): void;
}

/** What rotating does and costs, before it starts: it cannot be paused once begun. */
export function ConfirmRotate({ onConfirm, onCancel }: ConfirmRotateProps) {
  return (
    <main className="page page--narrow">
      <PageHeading title="Rotate the data key">Rotate the data key?</PageHeading>
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
        <ConfirmActions tone="warning" label="Rotate the data key now" onConfirm={onConfirm} onCancel={onCancel} />
      </div>
    </main>
  );
}
