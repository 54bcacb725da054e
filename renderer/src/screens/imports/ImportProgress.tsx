import { PageHeading } from '../../components/PageHeading';

/**
 * While main saves: the work is one transaction, so there is nothing to do
 * but wait. The bar is indeterminate until main reports how far it has got.
 */
export function ImportProgress({ title, message, done, total }: { title: string; message: string; done?: number; total?: number }) {
  const known = total !== undefined && total > 0 && done !== undefined;
  return (
    <main className="page page--medium">
      <PageHeading title={title} />
      <div className="progress-panel">
        <label className="field__label" htmlFor="import-progress">
          Progress
        </label>
        <progress id="import-progress" className="progress-bar" max={known ? total : undefined} value={known ? Math.min(done, total) : undefined} />
        <p className="progress-panel__message" role="status" aria-live="polite">
          {message}
        </p>
        <p className="progress-panel__count">Keep SENCO Desk open until this finishes. Nothing is saved unless all of it is.</p>
      </div>
    </main>
  );
}
