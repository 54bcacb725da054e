import type { ChannelName } from '../../../../shared/contract/channels';
import { mayCall, permissions } from '../../../../shared/contract/permissions';
import type { Role } from '../../../../shared/domain/roles';
import type { NavItem } from '../../components/AppNav';
import type { ProvisionView } from '../provision/views';

/** Where a signed-in person can be. */
export type Route =
  /** `pupilId`: open that pupil's file (from a group or a map). */
  | { page: 'register'; notice?: string; pupilId?: string }
  | { page: 'provision'; view?: ProvisionView }
  | { page: 'accounts' }
  | { page: 'disclosures'; view?: 'register' }
  | { page: 'settings'; notice?: string }
  /** A new recovery key on screen: shown once, then typed back. */
  | { page: 'recovery-key'; groups: string[] }
  | { page: 'rotating' };

export type NavPage = 'register' | 'provision' | 'accounts' | 'disclosures' | 'settings';

const items: readonly (NavItem<NavPage> & { needs?: ChannelName })[] = [
  { page: 'register', label: 'SEND register', shortcut: '1' },
  // The next free digit, so the shortcuts people already use stay as they are.
  { page: 'provision', label: 'Provision', shortcut: '5', needs: 'provision.listGroups' },
  { page: 'accounts', label: 'Accounts', shortcut: '2', needs: 'accounts.list' },
  // Settings stays last and keeps Ctrl+3, which people already use; Disclosures takes the next free digit.
  { page: 'disclosures', label: 'Disclosures', shortcut: '4' },
  { page: 'settings', label: 'Settings', shortcut: '3' },
];

/**
 * The sections a role can use, for the nav bar. A section left out can still
 * be reached by its shortcut: the screen then shows main's refusal, which
 * names the role it needs.
 */
export function navItemsFor(role: Role): NavItem<NavPage>[] {
  return items.filter((item) => !item.needs || mayCall(permissions[item.needs], role));
}

export function pageOfShortcut(digit: string): NavPage | undefined {
  return items.find((item) => item.shortcut === digit)?.page;
}

/** Pages that are a task to finish: no navigation while they run. */
export const isFocusedTask = (route: Route): boolean => route.page === 'recovery-key' || route.page === 'rotating';
