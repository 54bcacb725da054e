import type { SessionInfo } from '../../../../shared/contract/vault';
import type { ReactNode } from 'react';
import { PageHeading } from '../../components/PageHeading';
import type { Route } from '../signedIn/pages';
import { HomeBanners } from './HomeBanners';
import { RegisterClosed } from './RegisterClosed';
import './home.css';

interface HomeScreenProps {
  session: SessionInfo;
  /** Said once after a task ends here, e.g. "Your recovery key is confirmed." */
  notice?: string | undefined;
  onNavigate(route: Route): void;
  /** The register itself, or null for a role main refuses it to. */
  children: ReactNode;
}

export function HomeScreen({ session, notice, onNavigate, children }: HomeScreenProps) {
  return (
    <main className="page">
      <PageHeading title="SEND register" />
      {notice ? (
        <div className="success-panel" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <HomeBanners session={session} onNavigate={onNavigate} />
      {children ?? <RegisterClosed />}
    </main>
  );
}
