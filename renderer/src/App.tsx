import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../../shared/contract/vault';
import { CreateVaultScreen } from './screens/CreateVaultScreen';
import { HomeScreen } from './screens/HomeScreen';
import { LoadingScreen } from './screens/LoadingScreen';
import { ProblemScreen } from './screens/ProblemScreen';
import { UnlockScreen } from './screens/UnlockScreen';

type Screen =
  | { name: 'loading' }
  | { name: 'problem'; message: string }
  | { name: 'create' }
  | { name: 'unlock' }
  | { name: 'home'; session: SessionInfo };

/** The vault's state decides the screen; the renderer keeps no state of its own that could disagree with main. */
async function readScreen(): Promise<Screen> {
  if (typeof window.senco === 'undefined') {
    return { name: 'problem', message: 'This page must be opened inside SENCO Desk.' };
  }
  const result = await window.senco.vault.status();
  if (!result.ok) return { name: 'problem', message: result.error.message };
  const status = result.value;
  switch (status.state) {
    case 'none':
      return { name: 'create' };
    case 'locked':
      return { name: 'unlock' };
    case 'unlocked':
      return { name: 'home', session: status.session };
    default: {
      const unknown: never = status;
      throw new Error(`Unknown vault state: ${JSON.stringify(unknown)}`);
    }
  }
}

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });

  const refresh = useCallback(() => {
    setScreen({ name: 'loading' });
    readScreen().then(setScreen, () =>
      setScreen({ name: 'problem', message: 'SENCO Desk could not read the state of the vault.' }),
    );
  }, []);

  useEffect(refresh, [refresh]);
  // However the vault locked (the Lock button, the screen lock, sleep), nothing stays on screen.
  useEffect(() => window.senco?.on('vaultLocked', () => setScreen({ name: 'unlock' })), []);

  const signedIn = useCallback((session: SessionInfo) => setScreen({ name: 'home', session }), []);
  const locked = useCallback(() => setScreen({ name: 'unlock' }), []);

  switch (screen.name) {
    case 'loading':
      return <LoadingScreen />;
    case 'problem':
      return <ProblemScreen message={screen.message} onRetry={refresh} />;
    case 'create':
      return <CreateVaultScreen onCreated={signedIn} />;
    case 'unlock':
      return <UnlockScreen onUnlocked={signedIn} />;
    case 'home':
      return <HomeScreen session={screen.session} onLocked={locked} />;
    default: {
      const unknown: never = screen;
      throw new Error(`Unknown screen: ${JSON.stringify(unknown)}`);
    }
  }
}
