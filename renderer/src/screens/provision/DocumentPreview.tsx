import { useEffect, useState } from 'react';
import type { ProvisionDocument } from '../../../../shared/contract/provisionMaps';

interface DocumentPreviewProps {
  document: ProvisionDocument;
  /** "Preview of the provision map for Ava Smith": names the frame for a screen reader. */
  title: string;
}

type Preview = { state: 'loading' } | { state: 'ready'; src: string; landscape: boolean } | { state: 'failed'; message: string };

/**
 * The exact document that prints, from main, in a frame that can run nothing
 * (sandbox with no permissions) and has no origin of its own. Main holds it
 * for one load at `src`, served with the document's own policy. Asked again
 * whenever the audience changes, since the audience changes the document.
 */
export function DocumentPreview({ document, title }: DocumentPreviewProps) {
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const key = JSON.stringify(document);
  useEffect(() => {
    let live = true;
    setPreview({ state: 'loading' });
    window.senco.provisionMaps.preview(JSON.parse(key) as ProvisionDocument).then(
      (result) => live && setPreview(result.ok ? { state: 'ready', ...result.value } : { state: 'failed', message: result.error.message }),
      () => live && setPreview({ state: 'failed', message: 'SENCO Desk could not show the preview.' }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  if (preview.state === 'loading') return <p className="preview__status" role="status">Preparing the preview…</p>;
  if (preview.state === 'failed') return <p className="warning-panel">The preview could not be shown: {preview.message}</p>;
  return (
    <iframe
      className={preview.landscape ? 'preview preview--landscape' : 'preview'}
      title={title}
      sandbox=""
      src={preview.src}
    />
  );
}
