/**
 * The Disclosures section's own pages. The disclosure register (issue 5) joins as
 * `{ name: 'register' }`, with its link on the overview.
 */
export type DisclosuresView = { name: 'overview' } | { name: 'rules' };
