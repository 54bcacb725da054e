/** The Settings screen's own pages: an overview, and one page for each task that changes keys. */
export type SettingsView = { name: 'overview'; notice?: string | undefined } | { name: 'passphrase' } | { name: 'renew' } | { name: 'rotate' };
