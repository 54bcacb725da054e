import { type Database, prepared } from '../database';

/**
 * Changes whenever the database does: `data_version` when another connection
 * (an import worker) commits, `total_changes()` when this one writes. Equal
 * values mean that what was read before is still what the file holds.
 */
export function databaseVersion(db: Database): string {
  const other = prepared(db, 'PRAGMA data_version').pluck().get() as number;
  const own = prepared(db, 'SELECT total_changes()').pluck().get() as number;
  return `${other}.${own}`;
}
