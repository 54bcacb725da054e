import { ConfirmActions } from '../../components/ConfirmActions';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useAction } from '../../components/useAction';

interface ConfirmRenewProps {
  onRenewed(groups: string[]): void;
  onCancel(): void;
}

/** Making a new key silently breaks every printed kit: say so before it happens. */
export function ConfirmRenew({ onRenewed, onCancel }: ConfirmRenewProps) {
  const renew = useAction(
    () => window.senco.recovery.renew(),
    (renewed) => onRenewed(renewed.recoveryKey),
  );

  return (
    <main className="page page--narrow">
      <PageHeading title="Make a new recovery key">Make a new recovery key?</PageHeading>
      <ErrorSummary errors={renew.error ? [{ message: renew.error }] : []} />
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
        <ConfirmActions
          tone="warning"
          label="Make a new recovery key"
          busyLabel="Making a new recovery key…"
          busy={renew.busy}
          onConfirm={renew.start}
          onCancel={onCancel}
        />
      </div>
    </main>
  );
}
