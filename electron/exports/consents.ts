import type { ConsentRecord } from '../../shared/domain/disclosure';
import type { Database } from '../db/database';

/**
 * The consent records the gate weighs for these pupils.
 * TEMPORARY (branch exports): consents land on their own branch (migration 005);
 * until then there are none, and this becomes a call to its repository.
 */
export function consentsFor(_db: Database, _pupilIds: readonly string[]): ConsentRecord[] {
  return [];
}
