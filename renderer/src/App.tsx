import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SessionInfo } from '../../shared/contract/vault';
import type { VaultCreated } from './api';
import { inDemo, readScreen, type Screen } from './appScreens';
import { type DemoControls, DemoContext } from './components/demoContext';
import { BusyScreen } from './screens/BusyScreen';
import { CreateVaultScreen } from './screens/CreateVaultScreen';
import { DemoLockedScreen } from './screens/demo/DemoLockedScreen';
import { DemoOpeningScreen } from './screens/demo/DemoOpeningScreen';
import { DemoRestartScreen } from './screens/demo/DemoRestartScreen';
import { LoadingScreen } from './screens/LoadingScreen';
import { ProblemScreen } from './screens/ProblemScreen';
import { RecoverScreen } from './screens/recover/RecoverScreen';
import { SignedInApp } from './screens/signedIn/SignedInApp';
import { UnlockScreen } from './screens/UnlockScreen';

/** The screen a lock leaves behind: the demo's own locked screen while the demo is in use. */
const lockedScreen = (current: Screen): Screen => (inDemo(current) ? { name: 'demo-locked' } : { name: 'unlock' });

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
  // Leaving or restarting the demo locks it too; the screen that asked for that moves on by itself.
  useEffect(
    () =>
      window.senco?.on('vaultLocked', ({ reason }) => {
        if (reason === 'demo-left' || reason === 'demo-restarted') return;
        setScreen(lockedScreen);
      }),
    [],
  );

  const signedIn = useCallback(
    (session: SessionInfo) => setScreen({ name: 'signed-in', session, recoveryKey: null }),
    [],
  );
  const created = useCallback(
    ({ session, recoveryKey }: VaultCreated) => setScreen({ name: 'signed-in', session, recoveryKey }),
    [],
  );
  const locked = useCallback(() => setScreen(lockedScreen), []);
  const recover = useCallback(() => setScreen({ name: 'recover' }), []);
  const openDemo = useCallback(() => setScreen({ name: 'demo-opening', restart: false }), []);

  const demo = useMemo<DemoControls>(
    () => ({
      onRestart: () => setScreen({ name: 'demo-restart' }),
      onLeave: () => {
        setScreen({ name: 'loading' });
        window.senco.demo.leave().then(
          (result) => (result.ok ? refresh() : setScreen({ name: 'problem', message: result.error.message })),
          () => setScreen({ name: 'problem', message: 'SENCO Desk could not leave the demo school.' }),
        );
      },
    }),
    [refresh],
  );

  return <DemoContext.Provider value={inDemo(screen) ? demo : null}>{render()}</DemoContext.Provider>;

  function render() {
    switch (screen.name) {
      case 'loading':
        return <LoadingScreen />;
      case 'problem':
        return <ProblemScreen message={screen.message} onRetry={refresh} />;
      case 'busy':
        return <BusyScreen message={screen.message} onDone={refresh} />;
      case 'create':
        return <CreateVaultScreen keychain={screen.keychain} onCreated={created} onTryDemo={openDemo} />;
      case 'unlock':
        return <UnlockScreen onUnlocked={signedIn} onUseRecoveryKey={recover} onTryDemo={openDemo} />;
      case 'recover':
        return <RecoverScreen onRecovered={signedIn} onCancel={locked} />;
      case 'signed-in':
        return <SignedInApp session={screen.session} recoveryKey={screen.recoveryKey} onLocked={locked} />;
      case 'demo-opening':
        return <DemoOpeningScreen restart={screen.restart} onOpened={signedIn} onBack={demo.onLeave} />;
      case 'demo-restart':
        return <DemoRestartScreen onConfirm={() => setScreen({ name: 'demo-opening', restart: true })} onCancel={refresh} />;
      case 'demo-locked':
        return <DemoLockedScreen onOpen={openDemo} onLeave={demo.onLeave} />;
      default: {
        const unknown: never = screen;
        throw new Error(`Unknown screen: ${JSON.stringify(unknown)}`);
      }
    }
  }
}
