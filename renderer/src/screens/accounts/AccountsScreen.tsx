import { useState } from 'react';
import type { SessionInfo } from '../../../../shared/contract/vault';
import { AccountAdd } from './AccountAdd';
import { AccountRemove } from './AccountRemove';
import { AccountReset } from './AccountReset';
import { AccountRole } from './AccountRole';
import { AccountsList } from './AccountsList';
import type { AccountsView } from './views';

interface AccountsScreenProps {
  session: SessionInfo;
  /** An account changed: what main says about the session (roles, passphrases to reset) may have too. */
  onChanged(): Promise<void>;
}

/**
 * Staff accounts, for the SENCO. Open to anyone who reaches it: main decides,
 * and the list shows its refusal to anyone else (see AccountsList).
 */
export function AccountsScreen({ session, onChanged }: AccountsScreenProps) {
  const [view, setView] = useState<AccountsView>({ name: 'list' });
  const done = (notice: string) => {
    setView({ name: 'list', notice });
    void onChanged();
  };
  const back = () => setView({ name: 'list' });

  switch (view.name) {
    case 'list':
      return <AccountsList notice={view.notice} onOpen={setView} />;
    case 'add':
      return <AccountAdd schoolName={session.schoolName} onDone={done} onCancel={back} />;
    case 'role':
      return <AccountRole account={view.account} onDone={done} onCancel={back} />;
    case 'reset':
      return <AccountReset account={view.account} schoolName={session.schoolName} onDone={done} onCancel={back} />;
    case 'remove':
      return <AccountRemove account={view.account} onDone={done} onCancel={back} />;
    default: {
      const unknown: never = view;
      throw new Error(`Unknown accounts view: ${JSON.stringify(unknown)}`);
    }
  }
}
