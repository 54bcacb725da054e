import { PageHeading } from '../../components/PageHeading';
import { ProgressPanel } from '../../components/ProgressPanel';

/**
 * While main saves: the work is one transaction, so there is nothing to do
 * but wait. The bar is indeterminate until main reports how far it has got.
 */
export function ImportProgress({ title, message, done, total }: { title: string; message: string; done?: number; total?: number }) {
  return (
    <main className="page page--medium">
      <PageHeading title={title} />
      <ProgressPanel id="import-progress" message={message} done={done} total={total}>
        Keep SENCO Desk open until this finishes. Nothing is saved unless all of it is.
      </ProgressPanel>
    </main>
  );
}
