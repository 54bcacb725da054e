import { useEffect } from 'react';
import { AppFooter, AppHeader } from '../components/AppHeader';
import { PageHeading } from '../components/PageHeading';
import { RotationProgress } from '../components/RotationProgress';

/** How often to ask whether the long job has finished; main also reports each step as it starts. */
const POLL_MS = 1500;

interface BusyScreenProps {
  /** Main's own words for what it is doing. */
  message: string;
  /** The job has finished: read the vault's state again. */
  onDone(): void;
}

/** Shown when the window opens (or reloads) while main rotates the data key: nothing else can run until it ends. */
export function BusyScreen({ message, onDone }: BusyScreenProps) {
  useEffect(() => {
    let stopped = false;
    const timer = window.setInterval(() => {
      window.senco.vault.status().then(
        (status) => {
          if (!stopped && !(status.ok && status.value.state === 'busy')) onDone();
        },
        () => undefined,
      );
    }, POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [onDone]);

  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <PageHeading title="Please wait" />
        <p className="lead">SENCO Desk is busy with a job that must not be interrupted. Please keep this laptop on.</p>
        <div className="card">
          <RotationProgress initialMessage={message} />
        </div>
      </main>
      <AppFooter />
    </>
  );
}
