import type { Migration } from '../migrate';
import { foundation } from './001-foundation';
import { accountsAndDrafts } from './002-accounts-and-drafts';
import { pupils } from './003-pupils';
import { peopleAndProfile } from './004-people-and-profile';
import { consents } from './005-consents';
import { disclosureRegister } from './006-disclosure-register';
import { provision } from './007-provision';

/** Every migration, in order. A landed migration is never edited: add the next number instead. */
export const migrations: readonly Migration[] = [foundation, accountsAndDrafts, pupils, peopleAndProfile, consents, disclosureRegister, provision];
