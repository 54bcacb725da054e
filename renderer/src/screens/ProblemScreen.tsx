import { AppFooter, AppHeader } from '../components/AppHeader';
import { PageHeading } from '../components/PageHeading';

interface ProblemScreenProps {
  message: string;
  onRetry(): void;
}

/** Shown when the vault cannot be read at all; it explains and never offers to delete anything. */
export function ProblemScreen({ message, onRetry }: ProblemScreenProps) {
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <PageHeading title="Cannot open the vault">SENCO Desk cannot open the vault</PageHeading>
        <div className="card">
          <p>{message}</p>
          <p>Your records have not been changed. If this keeps happening, ask your school’s IT support for help.</p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      </main>
      <AppFooter />
    </>
  );
}
