import type { ReactNode } from 'react';

interface EarlierVersionsProps {
  /** The summary's words; the count follows in brackets. */
  summary: string;
  count: number;
  children: ReactNode;
}

/**
 * Earlier versions of a record (or records no longer in use), folded away: the file reads as it is now, and
 * the history is one Enter away. Nothing is left out, only folded.
 */
export function EarlierVersions({ summary, count, children }: EarlierVersionsProps) {
  if (count === 0) return null;
  return (
    <details className="details earlier-versions">
      <summary className="details__summary">
        {summary} ({count})
      </summary>
      <div className="details__text">{children}</div>
    </details>
  );
}
