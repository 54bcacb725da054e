import { roleLabels } from '../../../../shared/domain/roles';
import type { StaffAccount } from '../../api';
import { ConfirmActions } from '../../components/ConfirmActions';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useAction } from '../../components/useAction';

interface AccountRemoveProps {
  account: StaffAccount;
  onDone(notice: string): void;
  onCancel(): void;
}

/** A step of its own, naming the person, so that removing an account is never one click away. */
export function AccountRemove({ account, onDone, onCancel }: AccountRemoveProps) {
  const remove = useAction(
    () => window.senco.accounts.remove({ accountId: account.id }),
    () => onDone(`${account.name}’s account was removed.`),
  );

  return (
    <main className="page page--narrow">
      <PageHeading title={`Remove ${account.name}’s account`}>Remove {account.name}’s account?</PageHeading>
      <ErrorSummary errors={remove.error ? [{ message: remove.error }] : []} />
      <div className="card">
        <p>
          {account.name} ({roleLabels[account.role]}) will no longer be able to sign in to SENCO Desk on this laptop.
        </p>
        <p>Records they wrote are kept. To let them back in later, add a new account for them.</p>
        <ConfirmActions
          tone="danger"
          label={`Yes, remove ${account.name}’s account`}
          busyLabel="Removing…"
          busy={remove.busy}
          onConfirm={remove.start}
          cancelLabel="No, keep it"
          onCancel={onCancel}
        />
      </div>
    </main>
  );
}
