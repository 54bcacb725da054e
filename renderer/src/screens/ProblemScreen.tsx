import { AppFooter, AppHeader } from '../components/AppHeader';
import { useScreen } from '../components/useScreen';

interface ProblemScreenProps {
  message: string;
  onRetry(): void;
}

/** Shown when the vault cannot be read at all; it explains and never offers to delete anything. */
export function ProblemScreen({ message, onRetry }: ProblemScreenProps) {
  const heading = useScreen<HTMLHeadingElement>('Cannot open the vault');
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <h1 ref={heading} tabIndex={-1}>
          SENCO Desk cannot open the vault
        </h1>
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
