import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { RotationProgress } from '../../components/RotationProgress';

interface RotatingScreenProps {
  /** Back to Settings, with what to say there when the rotation ended well. */
  onFinished(notice?: string): void;
}

/** Runs the rotation and shows its progress; the call resolves only when main has finished and checked. */
export function RotatingScreen({ onFinished }: RotatingScreenProps) {
  const [error, setError] = useState<string | null>(null);
  // Started once per visit, even if React runs the effect twice in development.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    window.senco.keys.rotateDataKey().then(
      (result) =>
        result.ok
          ? onFinished('The data key was rotated, and every record was checked afterwards: the records are intact.')
          : setError(result.error.message),
      () => setError('SENCO Desk lost touch with the rotation. Open Settings again to see the state of the vault.'),
    );
  }, [onFinished]);

  return (
    <main className="page page--narrow">
      <PageHeading title="Rotating the data key" />
      <p className="lead">Please wait, and keep the laptop on. Nobody can use SENCO Desk until this finishes.</p>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <div className="card">
        {error ? (
          <button type="button" className="button" onClick={() => onFinished()}>
            Back to Settings
          </button>
        ) : (
          <RotationProgress initialMessage="Starting…" />
        )}
      </div>
    </main>
  );
}
