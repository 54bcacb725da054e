import { ProgressPanel, useProgressEvent } from '../../components/ProgressPanel';

/** Follows the demo worker's `demoProgress` events. */
export function DemoProgressView({ initialMessage }: { initialMessage: string }) {
  const progress = useProgressEvent('demoProgress');
  return <ProgressPanel id="demo-progress" message={progress?.message ?? initialMessage} done={progress?.done} total={progress?.total} />;
}
