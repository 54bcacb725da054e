import { type ReactNode, useEffect, useState } from 'react';
import type { EventName, EventPayload } from '../../../shared/contract/events';

interface ProgressPanelProps {
  /** The <progress> element's id, unique on the page. */
  id: string;
  message: string;
  /** How far the work has got; the bar is indeterminate until both are known, which is honest. */
  done?: number | undefined;
  total?: number | undefined;
  /** A line under the message (a step count, or what to do meanwhile). */
  children?: ReactNode;
}

/** Long work in main or a worker: a bar for the eye, and the message in a polite live region for a screen reader. */
export function ProgressPanel({ id, message, done, total, children }: ProgressPanelProps) {
  const known = total !== undefined && total > 0 && done !== undefined;
  return (
    <div className="progress-panel">
      <label className="field__label" htmlFor={id}>
        Progress
      </label>
      <progress id={id} className="progress-bar" max={known ? total : undefined} value={known ? Math.min(Math.max(done, 0), total) : undefined} />
      <p className="progress-panel__message" role="status" aria-live="polite">
        {message}
      </p>
      {children ? <p className="progress-panel__count">{children}</p> : null}
    </div>
  );
}

/** The latest of main's progress events of one kind, from when the screen opened; null before the first. */
export function useProgressEvent<E extends Extract<EventName, `${string}Progress`>>(event: E): EventPayload<E> | null {
  const [progress, setProgress] = useState<EventPayload<E> | null>(null);
  useEffect(() => window.senco.on(event, setProgress), [event]);
  return progress;
}
