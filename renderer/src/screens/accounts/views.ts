import type { StaffAccount } from '../../api';

/** The Accounts screen's own pages; each mounts fresh, so focus and title follow. */
export type AccountsView =
  | { name: 'list'; notice?: string }
  | { name: 'add' }
  | { name: 'role'; account: StaffAccount }
  | { name: 'reset'; account: StaffAccount }
  | { name: 'remove'; account: StaffAccount };
