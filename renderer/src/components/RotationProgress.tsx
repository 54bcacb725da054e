import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/contract/events';

type Progress = EventPayload<'rotationProgress'>;

/**
 * Follows main's `rotationProgress` events: a <progress> bar for the eye and
 * the step's message in a polite live region for a screen reader. Before the
 * first event the bar is indeterminate (no value), which is honest.
 * `done` is the step now running, counted from 1 (electron/db/rekey.ts), so
 * the bar shows the steps finished before it.
 */
export function RotationProgress({ initialMessage }: { initialMessage: string }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => window.senco.on('rotationProgress', setProgress), []);
  const total = progress && progress.total > 0 ? progress.total : undefined;
  return (
    <div className="progress-panel">
      <label className="field__label" htmlFor="rotation-progress">
        Progress
      </label>
      <progress
        id="rotation-progress"
        className="progress-bar"
        max={total}
        value={total !== undefined ? Math.min(Math.max((progress?.done ?? 1) - 1, 0), total) : undefined}
      />
      <p className="progress-panel__message" role="status" aria-live="polite">
        {progress ? progress.message : initialMessage}
      </p>
      {total !== undefined ? (
        <p className="progress-panel__count">
          Step {Math.min(progress?.done ?? 1, total)} of {total}
        </p>
      ) : null}
    </div>
  );
}
