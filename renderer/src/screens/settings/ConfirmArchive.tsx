import type { Result } from '../../../../shared/contract/result';
import { ConfirmActions } from '../../components/ConfirmActions';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { useAction } from '../../components/useAction';

interface ConfirmArchiveProps {
  /** "the role Teaching assistant". */
  what: string;
  archived: boolean;
  /** What archiving keeps and what it stops. */
  explanation: string;
  call(archived: boolean): Promise<Result<unknown>>;
  onDone(notice: string): void;
  onCancel(): void;
}

/** Asks before something is archived (or restored): it stays on record, but is no longer offered. */
export function ConfirmArchive({ what, archived, explanation, call, onDone, onCancel }: ConfirmArchiveProps) {
  const archive = !archived;
  const action = useAction(
    () => call(archive),
    () => onDone(archive ? `${capital(what)} was archived.` : `${capital(what)} was restored.`),
  );
  const title = archive ? `Archive ${what}` : `Restore ${what}`;
  return (
    <main className="page page--medium">
      <PageHeading title={title}>{title}?</PageHeading>
      <ErrorSummary errors={action.error ? [{ message: action.error }] : []} />
      <div className="card">
        <p>{archive ? explanation : 'It will be offered again.'}</p>
        <ConfirmActions tone="warning" label={archive ? 'Archive' : 'Restore'} busyLabel="Saving…" busy={action.busy} onConfirm={action.start} onCancel={onCancel} />
      </div>
    </main>
  );
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
