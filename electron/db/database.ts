import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** One name for the connection type across the main process. */
export type Database = BetterSqlite3.Database;
export const SqliteError = BetterSqlite3.SqliteError;

/** SQLite result codes that mean the bytes on disk are not what was written. */
const corruptionCodes = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE']);

export function isCorruption(error: unknown): boolean {
  return error instanceof SqliteError && (corruptionCodes.has(error.code) || error.code.startsWith('SQLITE_CORRUPT'));
}

type Statement = BetterSqlite3.Statement<unknown[], unknown>;
const statements = new WeakMap<Database, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection and reused: repositories
 * run the same few statements thousands of times in an import. The cache goes
 * with the connection when it is closed.
 */
export function prepared(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
