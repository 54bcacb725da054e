import type { SessionInfo } from '../../../../shared/contract/vault';
import { PageHeading } from '../../components/PageHeading';
import type { Route } from '../signedIn/pages';
import { HomeBanners } from './HomeBanners';
import { RegisterEmpty } from './RegisterEmpty';
import './home.css';

interface HomeScreenProps {
  session: SessionInfo;
  /** Said once after a task ends here, e.g. "Your recovery key is confirmed." */
  notice?: string | undefined;
  onNavigate(route: Route): void;
}

export function HomeScreen({ session, notice, onNavigate }: HomeScreenProps) {
  return (
    <main className="page">
      <PageHeading title="SEND register" />
      {notice ? (
        <div className="success-panel" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <HomeBanners session={session} onNavigate={onNavigate} />
      <RegisterEmpty />
    </main>
  );
}
