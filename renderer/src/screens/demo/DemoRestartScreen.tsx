import { AppFooter, AppHeader } from '../../components/AppHeader';
import { ConfirmActions } from '../../components/ConfirmActions';
import { PageHeading } from '../../components/PageHeading';

interface DemoRestartScreenProps {
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before the demo is thrown away and built again: what was tried in it is lost. */
export function DemoRestartScreen({ onConfirm, onCancel }: DemoRestartScreenProps) {
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <PageHeading title="Start the demo again?" />
        <div className="card">
          <p>
            SENCO Desk will throw away the demo school as it is now, with everything you have added or changed in it,
            and build it again with the same made-up pupils as the first time.
          </p>
          <p>Your school’s own vault is not touched.</p>
          <ConfirmActions tone="warning" label="Yes, start the demo again" onConfirm={onConfirm} onCancel={onCancel} />
        </div>
      </main>
      <AppFooter />
    </>
  );
}
