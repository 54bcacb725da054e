import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../../shared/contract/events';

type Progress = EventPayload<'demoProgress'>;

/**
 * Follows the demo worker's `demoProgress` events: a bar for the eye and the
 * message in a polite live region. Indeterminate until the first event.
 */
export function DemoProgressView({ initialMessage }: { initialMessage: string }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => window.senco.on('demoProgress', setProgress), []);
  const total = progress && progress.total > 0 ? progress.total : undefined;
  return (
    <div className="progress-panel">
      <label className="field__label" htmlFor="demo-progress">
        Progress
      </label>
      <progress
        id="demo-progress"
        className="progress-bar"
        max={total}
        value={total !== undefined ? Math.min(progress?.done ?? 0, total) : undefined}
      />
      <p className="progress-panel__message" role="status" aria-live="polite">
        {progress ? progress.message : initialMessage}
      </p>
    </div>
  );
}
