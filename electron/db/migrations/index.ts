import type { Migration } from '../migrate';
import { foundation } from './001-foundation';
import { accountsAndDrafts } from './002-accounts-and-drafts';
import { pupils } from './003-pupils';
import { peopleAndProfile } from './004-people-and-profile';
import { disclosureRegister } from './006-disclosure-register';

// TEMPORARY (branch exports): consents (005) is on its own branch; this empty step keeps the numbering
// until it lands, when it is replaced by the real 005. Never ship it: a database that ran it would skip 005.
const consentsNotYetMerged: Migration = { version: 5, name: '005-placeholder', up: () => undefined };

/** Every migration, in order. A landed migration is never edited: add the next number instead. */
export const migrations: readonly Migration[] = [
  foundation,
  accountsAndDrafts,
  pupils,
  peopleAndProfile,
  consentsNotYetMerged,
  disclosureRegister,
];
