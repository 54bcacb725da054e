import { AppFooter, AppHeader } from '../../components/AppHeader';
import { PageHeading } from '../../components/PageHeading';

interface DemoLockedScreenProps {
  onOpen(): void;
  onLeave(): void;
}

/** The demo locks as a real vault does (idle, screen lock, sleep, the Lock button); it reopens without a passphrase. */
export function DemoLockedScreen({ onOpen, onLeave }: DemoLockedScreenProps) {
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <PageHeading title="The demo school is locked" />
        <p className="lead">
          The demo locks just as your school’s vault will: when you lock it, after a while without use, and when the
          laptop locks or sleeps.
        </p>
        <div className="card">
          <div className="button-row">
            <button type="button" className="button" onClick={onOpen}>
              Open the demo school again
            </button>
            <button type="button" className="button button--secondary" onClick={onLeave}>
              Leave the demo
            </button>
          </div>
        </div>
      </main>
      <AppFooter />
    </>
  );
}
