import { useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import type { Route } from '../signedIn/pages';
import { ChangePassphrase } from './ChangePassphrase';
import { ConfirmRenew } from './ConfirmRenew';
import { ConfirmRotate } from './ConfirmRotate';
import { SettingsOverview } from './SettingsOverview';
import type { SettingsView } from './views';

interface SettingsScreenProps {
  session: SessionInfo;
  notice?: string | undefined;
  onNavigate(route: Route): void;
}

export function SettingsScreen({ session, notice, onNavigate }: SettingsScreenProps) {
  const [view, setView] = useState<SettingsView>({ name: 'overview', notice });
  const back = () => setView({ name: 'overview' });
  switch (view.name) {
    case 'overview':
      return <SettingsOverview session={session} notice={view.notice} onOpen={setView} />;
    case 'passphrase':
      return <ChangePassphrase session={session} onDone={(n) => setView({ name: 'overview', notice: n })} onCancel={back} />;
    case 'renew':
      return <ConfirmRenew onRenewed={(groups) => onNavigate({ page: 'recovery-key', groups })} onCancel={back} />;
    case 'rotate':
      return <ConfirmRotate onConfirm={() => onNavigate({ page: 'rotating' })} onCancel={back} />;
    default: {
      const unknown: never = view;
      throw new Error(`Unknown settings view: ${JSON.stringify(unknown)}`);
    }
  }
}
