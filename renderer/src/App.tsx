import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../../shared/contract/vault';
import type { VaultCreated } from './api';
import { readScreen, type Screen } from './appScreens';
import { BusyScreen } from './screens/BusyScreen';
import { CreateVaultScreen } from './screens/CreateVaultScreen';
import { LoadingScreen } from './screens/LoadingScreen';
import { ProblemScreen } from './screens/ProblemScreen';
import { RecoverScreen } from './screens/recover/RecoverScreen';
import { SignedInApp } from './screens/signedIn/SignedInApp';
import { UnlockScreen } from './screens/UnlockScreen';

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });

  const refresh = useCallback(() => {
    setScreen({ name: 'loading' });
    readScreen().then(setScreen, () =>
      setScreen({ name: 'problem', message: 'SENCO Desk could not read the state of the vault.' }),
    );
  }, []);

  useEffect(refresh, [refresh]);
  // However the vault locked (the Lock button, idle, the screen lock, sleep), nothing stays on screen:
  // the signed-in pages unmount and every record and key they held in memory goes with them.
  useEffect(() => window.senco?.on('vaultLocked', () => setScreen({ name: 'unlock' })), []);

  const signedIn = useCallback(
    (session: SessionInfo) => setScreen({ name: 'signed-in', session, recoveryKey: null }),
    [],
  );
  const created = useCallback(
    ({ session, recoveryKey }: VaultCreated) => setScreen({ name: 'signed-in', session, recoveryKey }),
    [],
  );
  const locked = useCallback(() => setScreen({ name: 'unlock' }), []);
  const recover = useCallback(() => setScreen({ name: 'recover' }), []);

  switch (screen.name) {
    case 'loading':
      return <LoadingScreen />;
    case 'problem':
      return <ProblemScreen message={screen.message} onRetry={refresh} />;
    case 'busy':
      return <BusyScreen message={screen.message} onDone={refresh} />;
    case 'create':
      return <CreateVaultScreen keychain={screen.keychain} onCreated={created} />;
    case 'unlock':
      return <UnlockScreen onUnlocked={signedIn} onUseRecoveryKey={recover} />;
    case 'recover':
      return <RecoverScreen onRecovered={signedIn} onCancel={locked} />;
    case 'signed-in':
      return <SignedInApp session={screen.session} recoveryKey={screen.recoveryKey} onLocked={locked} />;
    default: {
      const unknown: never = screen;
      throw new Error(`Unknown screen: ${JSON.stringify(unknown)}`);
    }
  }
}
