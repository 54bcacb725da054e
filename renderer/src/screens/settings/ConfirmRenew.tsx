import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useScreen } from '../../components/useScreen';

interface ConfirmRenewProps {
  onRenewed(groups: string[]): void;
  onCancel(): void;
}

/** Making a new key silently breaks every printed kit: say so before it happens. */
export function ConfirmRenew({ onRenewed, onCancel }: ConfirmRenewProps) {
  const heading = useScreen<HTMLHeadingElement>('Make a new recovery key');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function renew() {
    setBusy(true);
    setError(null);
    const result = await window.senco.recovery.renew();
    if (result.ok) return onRenewed(result.value.recoveryKey);
    setBusy(false);
    setError(result.error.message);
  }

  return (
    <main className="page page--narrow">
      <h1 ref={heading} tabIndex={-1}>
        Make a new recovery key?
      </h1>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <div className="card">
        <div className="warning-text">
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          <p>
            <strong>
              <span className="visually-hidden">Warning: </span>
              The recovery key you have now, and every emergency kit printed with it, stops working as soon as the new
              one is made.
            </strong>
          </p>
        </div>
        <p>SENCO Desk then shows the new key once. Record it, and destroy the old kit.</p>
        <div className="button-row">
          <button type="button" className="button button--warning" disabled={busy} onClick={() => void renew()}>
            {busy ? 'Making a new recovery key…' : 'Make a new recovery key'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </main>
  );
}
