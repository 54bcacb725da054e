import { AppFailure } from '../failure';
import type { Database } from './database';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Checked at start-up so a mis-numbered list fails the first test, not a school's database. */
export function assertOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}.`);
    }
  });
}

export function schemaVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies every pending migration in one transaction: either the database
 * reaches the app's version or it stays exactly as it was. A database written
 * by a newer app is refused before anything is touched.
 */
export function migrate(db: Database, list: readonly Migration[]): { from: number; to: number } {
  assertOrdered(list);
  const latest = list.length;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new AppFailure(
      'DATABASE_TOO_NEW',
      `This vault was last used by a newer version of SENCO Desk (database version ${from}; this app knows up to ${latest}). ` +
        'Install the latest SENCO Desk to open it. Nothing in the vault has been changed.',
    );
  }
  if (from === latest) return { from, to: latest };
  db.transaction(() => {
    for (const migration of list.slice(from)) {
      migration.up(db);
    }
    // user_version lives in the database header and commits with the transaction.
    db.pragma(`user_version = ${latest}`);
  })();
  return { from, to: latest };
}
