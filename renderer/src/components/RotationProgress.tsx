import { ProgressPanel, useProgressEvent } from './ProgressPanel';

/**
 * Follows main's `rotationProgress` events. `done` is the step now running,
 * counted from 1 (electron/db/rekey.ts), so the bar shows the steps finished
 * before it.
 */
export function RotationProgress({ initialMessage }: { initialMessage: string }) {
  const progress = useProgressEvent('rotationProgress');
  const total = progress && progress.total > 0 ? progress.total : undefined;
  return (
    <ProgressPanel id="rotation-progress" message={progress?.message ?? initialMessage} done={(progress?.done ?? 1) - 1} total={total}>
      {total !== undefined ? `Step ${Math.min(progress?.done ?? 1, total)} of ${total}` : null}
    </ProgressPanel>
  );
}
