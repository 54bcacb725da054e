import { ConfirmActions } from '../../components/ConfirmActions';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useAction } from '../../components/useAction';
import type { ProvisionEntryValue } from './api';

interface ArchiveEntryProps {
  entry: ProvisionEntryValue;
  onDone(notice: string): void;
  onCancel(): void;
}

/** Asks before an entry leaves the library (or comes back): the groups that came from it keep their figures. */
export function ArchiveEntry({ entry, onDone, onCancel }: ArchiveEntryProps) {
  const archive = !entry.archived;
  const action = useAction(
    () => window.senco.provision.archiveEntry({ provisionId: entry.id, version: entry.version, archived: archive }),
    () => onDone(archive ? `${entry.name} was archived.` : `${entry.name} is back in the library.`),
  );
  return (
    <main className="page page--medium">
      <PageHeading title={archive ? `Archive ${entry.name}` : `Put ${entry.name} back`}>{archive ? `Archive ${entry.name}?` : `Put ${entry.name} back in the library?`}</PageHeading>
      <ErrorSummary errors={action.error ? [{ message: action.error }] : []} />
      <div className="card">
        <p>
          {archive
            ? 'It will no longer be offered for new groups. Groups that started from it keep their figures and records; you can put it back later.'
            : 'It will be offered for new groups again.'}
        </p>
        <ConfirmActions tone="warning" label={archive ? 'Archive it' : 'Put it back'} busyLabel="Saving…" busy={action.busy} onConfirm={action.start} onCancel={onCancel} />
      </div>
    </main>
  );
}
