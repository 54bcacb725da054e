import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { AppFooter, AppHeader } from '../../components/AppHeader';
import { PageHeading } from '../../components/PageHeading';
import { DemoProgressView } from './DemoProgressView';

interface DemoOpeningScreenProps {
  /** Build the demo again from its seed rather than reopen it as it was left. */
  restart: boolean;
  onOpened(session: SessionInfo): void;
  /** Back to the school's own vault (its create or unlock screen). */
  onBack(): void;
}

/**
 * Opens the demo school: at once when it exists, otherwise after main's
 * worker has built it, which takes a few seconds, shown step by step.
 */
export function DemoOpeningScreen({ restart, onOpened, onBack }: DemoOpeningScreenProps) {
  const [error, setError] = useState<string | null>(null);
  const [building, setBuilding] = useState(restart);
  const started = useRef(false);

  const run = useCallback(
    async (fromSeed: boolean) => {
      setError(null);
      setBuilding(fromSeed);
      const result = await (fromSeed ? window.senco.demo.restart() : window.senco.demo.open());
      if (result.ok) return onOpened(result.value);
      setError(result.error.message);
    },
    [onOpened],
  );

  // Once per visit, even when React runs effects twice in development.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run(restart);
  }, [restart, run]);
  // The first progress event says a build has started, for a demo opened for the first time.
  useEffect(() => window.senco.on('demoProgress', () => setBuilding(true)), []);

  const title = error ? 'The demo school did not open' : building ? 'Building the demo school' : 'Opening the demo school';
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <PageHeading key={title} title={title} />
        {error ? (
          <div className="card">
            <p role="alert">{error}</p>
            <p>Your school’s own vault has not been touched.</p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => void run(true)}>
                Start the demo again
              </button>
              <button type="button" className="button button--secondary" onClick={onBack}>
                Back
              </button>
            </div>
          </div>
        ) : (
          <>
            <p className="lead">
              {building
                ? 'SENCO Desk is making up a school of pupils, with their needs and histories, from the same starting point every time. This takes a few seconds.'
                : 'SENCO Desk is opening the demo school as you left it.'}
            </p>
            <div className="card">
              <DemoProgressView initialMessage={building ? 'Starting' : 'Opening the demo school'} />
            </div>
          </>
        )}
      </main>
      <AppFooter />
    </>
  );
}
