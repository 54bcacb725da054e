import type { SessionInfo } from '../../shared/contract/vault';

/** The screens outside a session, chosen by the vault's state; a session has its own pages (SignedInApp). */
export type Screen =
  | { name: 'loading' }
  | { name: 'problem'; message: string }
  | { name: 'create'; keychain: 'available' | 'unavailable' }
  | { name: 'unlock' }
  | { name: 'recover' }
  | { name: 'busy'; message: string }
  /** Opening (or, with `restart`, building again) the demo school, with its progress. */
  | { name: 'demo-opening'; restart: boolean }
  | { name: 'demo-restart' }
  | { name: 'demo-locked' }
  /** `recoveryKey` is set only just after the vault was created: shown once, then dropped. */
  | { name: 'signed-in'; session: SessionInfo; recoveryKey: string[] | null };

/** The screens on which the demo school is the vault in use: each shows the DEMO banner. */
export function inDemo(screen: Screen): boolean {
  return screen.name === 'signed-in' ? screen.session.demo : screen.name === 'demo-locked' || screen.name === 'demo-restart';
}

/** The vault's state decides the screen; the renderer keeps no state of its own that could disagree with main. */
export async function readScreen(): Promise<Screen> {
  if (typeof window.senco === 'undefined') {
    return { name: 'problem', message: 'This page must be opened inside SENCO Desk.' };
  }
  const result = await window.senco.vault.status();
  if (!result.ok) return { name: 'problem', message: result.error.message };
  const status = result.value;
  switch (status.state) {
    case 'none':
      return { name: 'create', keychain: status.keychain };
    case 'locked':
      return status.demo ? { name: 'demo-locked' } : { name: 'unlock' };
    case 'unlocked':
      return { name: 'signed-in', session: status.session, recoveryKey: null };
    case 'busy':
      return { name: 'busy', message: status.message };
    default: {
      const unknown: never = status;
      throw new Error(`Unknown vault state: ${JSON.stringify(unknown)}`);
    }
  }
}
