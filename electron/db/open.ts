import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { AppFailure } from '../failure';
import { type Database, isCorruption } from './database';
import { migrate } from './migrate';
import { migrations } from './migrations';

export interface OpenOptions {
  file: string;
  /** The 32-byte data key. Zeroed by the caller once this returns. */
  dataKey: Buffer;
  /** Path of the better-sqlite3 addon built for Electron; Node uses the default build. */
  nativeBinding?: string | undefined;
}

export const corruptMessage =
  'The database file is damaged: it no longer matches what SENCO Desk wrote. Nothing has been changed. ' +
  'Restore the latest backup, or ask your IT technician to keep a copy of the file before doing anything else.';

/**
 * The one way a connection is made: open → key → verify → pragmas → migrate →
 * smoke query. The data key has already been proved right by the vault (the
 * AES-GCM unwrap), so a file the key cannot read is damaged, not locked.
 */
export function openDatabase(options: OpenOptions): Database {
  const db = new BetterSqlite3(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyKey(db, options.dataKey);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    applyPragmas(db);
    migrate(db, migrations);
    db.prepare('SELECT 1 FROM audit_log LIMIT 1').get();
    return db;
  } catch (error) {
    db.close();
    throw asCorruptionFailure(error);
  }
}

/** A SQLite corruption error becomes the failure the person is shown; anything else passes through. */
export function asCorruptionFailure(error: unknown): unknown {
  return isCorruption(error) ? new AppFailure('DATABASE_CORRUPT', corruptMessage) : error;
}

/**
 * SQLCipher 4 layout with a raw key, so standard SQLCipher 4 tools open the
 * file with `PRAGMA key = "x'<hex>'"` (records outlive the app by decades).
 * `db.key()` with the text x'<hex>' skips the cipher's own KDF. The hex text is
 * built in a Buffer, never a string, so it can be wiped.
 */
export function applyKey(db: Database, dataKey: Buffer): void {
  if (dataKey.length !== 32) throw new Error('The data key must be 32 bytes.');
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  const keyText = rawKeyText(dataKey);
  try {
    db.key(keyText);
  } finally {
    keyText.fill(0);
  }
}

const hexDigits = Buffer.from('0123456789abcdef');

/** `x'<64 hex digits>'` as bytes. */
export function rawKeyText(key: Buffer): Buffer {
  const out = Buffer.alloc(key.length * 2 + 3);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < key.length; i++) {
    const byte = key[i] ?? 0;
    out[2 + i * 2] = hexDigits[byte >> 4] ?? 0;
    out[3 + i * 2] = hexDigits[byte & 15] ?? 0;
  }
  out[out.length - 1] = 0x27;
  return out;
}

export function applyPragmas(db: Database): void {
  const journal = db.pragma('journal_mode = WAL', { simple: true });
  if (journal !== 'wal') throw new Error(`The database would not switch to WAL (got ${String(journal)}).`);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
}
