import { useEffect, useRef } from 'react';

/**
 * What was just done, said once at the top of a list the person came back to.
 * It takes focus so that it is heard first. Place it after the PageHeading:
 * React runs sibling effects in order, so this focus lands after the heading's.
 */
export function SuccessNotice({ notice }: { notice: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  return notice ? (
    <div ref={ref} tabIndex={-1} className="success-panel" role="status">
      <p>{notice}</p>
    </div>
  ) : null;
}
