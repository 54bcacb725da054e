import { ConfirmActions } from '../../components/ConfirmActions';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useAction } from '../../components/useAction';
import type { TaskProps } from './taskProps';

interface RemoveContactProps extends TaskProps {
  contactId: string;
  version: number;
  contactName: string;
}

/** Asks before a parent or carer stops being a contact. Their record stays on the file, under removed contacts. */
export function RemoveContact({ pupilId, pupilName, contactId, version, contactName, onDone, onCancel }: RemoveContactProps) {
  const action = useAction(
    () => window.senco.people.archiveContact({ pupilId, contactId, version }),
    () => onDone(`${contactName} was removed from the contacts. Their details are kept on the file.`),
  );
  return (
    <main className="page page--medium">
      <PageHeading title={`Remove ${contactName} from the contacts`}>
        Remove {contactName} from {pupilName}’s contacts?
      </PageHeading>
      <ErrorSummary errors={action.error ? [{ message: action.error }] : []} />
      <div className="card">
        <p>The school will no longer treat {contactName} as a contact for {pupilName}.</p>
        <p>Nothing is deleted: every version of their details stays on the file, under removed parents and carers.</p>
        <ConfirmActions tone="warning" label="Remove from the contacts" busyLabel="Removing…" busy={action.busy} onConfirm={action.start} onCancel={onCancel} />
      </div>
    </main>
  );
}
