import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** One name for the connection type across the main process. */
export type Database = BetterSqlite3.Database;
export const SqliteError = BetterSqlite3.SqliteError;

/** SQLite result codes that mean the bytes on disk are not what was written. */
const corruptionCodes = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE']);

export function isCorruption(error: unknown): boolean {
  return error instanceof SqliteError && (corruptionCodes.has(error.code) || error.code.startsWith('SQLITE_CORRUPT'));
}
