/** The Disclosures section's own pages. */
export type DisclosuresView = { name: 'overview' } | { name: 'rules' } | { name: 'register' };
