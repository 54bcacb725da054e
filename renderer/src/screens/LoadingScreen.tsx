import { AppHeader } from '../components/AppHeader';

export function LoadingScreen() {
  return (
    <>
      <AppHeader />
      <main className="page page--narrow">
        <p role="status" className="lead">
          Opening SENCO Desk…
        </p>
      </main>
    </>
  );
}
