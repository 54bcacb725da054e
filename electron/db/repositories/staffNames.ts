import { type Database, prepared } from '../database';

/**
 * The display names of the staff with these ids, removed accounts included:
 * a record keeps saying who wrote it after that person has left.
 */
export function staffNames(db: Database, ids: Iterable<string | null>): Record<string, string> {
  const names: Record<string, string> = {};
  const statement = prepared(db, 'SELECT display_name AS name FROM staff_account WHERE id = ?');
  for (const id of new Set(ids)) {
    if (id === null) continue;
    const row = statement.get(id) as { name: string } | undefined;
    if (row) names[id] = row.name;
  }
  return names;
}
