import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../../shared/contract/events';

/** The last `importProgress` main pushed, or null before the first. */
export function useImportProgress(): EventPayload<'importProgress'> | null {
  const [progress, setProgress] = useState<EventPayload<'importProgress'> | null>(null);
  useEffect(() => window.senco.on('importProgress', setProgress), []);
  return progress;
}
