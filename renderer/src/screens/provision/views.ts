import type { Audience } from '../../../../shared/domain/provisionMaps';
import type { ProvisionEntryValue } from './api';
import type { MapDocument } from './printRequest';

/** The Provision section's pages; each mounts fresh, so focus and title follow. */
export type ProvisionView =
  | { name: 'map'; notice?: string }
  | { name: 'groups'; notice?: string }
  | { name: 'library'; notice?: string }
  | { name: 'group'; groupId: string; notice?: string }
  /** A group set up on its own (`entry` null) or started from a library entry, prefilled from it. */
  | { name: 'new-group'; entry: ProvisionEntryValue | null }
  | { name: 'change-group'; groupId: string }
  | { name: 'add-pupils'; groupId: string }
  | { name: 'scores'; groupId: string }
  | { name: 'end-membership'; groupId: string; membershipId: string }
  | { name: 'evaluate-membership'; groupId: string; membershipId: string }
  | { name: 'membership-dates'; groupId: string; membershipId: string }
  | { name: 'evaluate-group'; groupId: string }
  | { name: 'end-group'; groupId: string }
  | { name: 'impact'; groupId: string }
  /** `entry` null adds a new one. */
  | { name: 'entry'; entry: ProvisionEntryValue | null }
  | { name: 'archive-entry'; entry: ProvisionEntryValue }
  /** The print dialog of a map; `back` is the page it was opened from. */
  | { name: 'print'; document: MapDocument; title: string; audiences: readonly Audience[]; back: ProvisionView };

/** The section's three tabs, and which pages sit under each. */
export type ProvisionTab = 'map' | 'groups' | 'library';

export function tabOf(view: ProvisionView): ProvisionTab {
  if (view.name === 'print') return tabOf(view.back);
  if (view.name === 'map') return 'map';
  if (view.name === 'library' || view.name === 'entry' || view.name === 'archive-entry') return 'library';
  return 'groups';
}
