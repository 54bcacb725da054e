import type { ReviewOutcomeValue, StaffRoleValue, TemplateValue } from '../provision/api';

/** The Settings screen's own pages: an overview, one page for each task that changes keys, and provision's settings. */
export type SettingsView =
  | { name: 'overview'; notice?: string | undefined }
  | { name: 'passphrase' }
  | { name: 'renew' }
  | { name: 'rotate' }
  /** `role` null adds one. */
  | { name: 'role'; role: StaffRoleValue | null }
  | { name: 'archive-role'; role: StaffRoleValue }
  | { name: 'template'; template: TemplateValue | null; roles: StaffRoleValue[] }
  | { name: 'archive-template'; template: TemplateValue }
  | { name: 'outcome'; outcome: ReviewOutcomeValue | null }
  | { name: 'archive-outcome'; outcome: ReviewOutcomeValue };
