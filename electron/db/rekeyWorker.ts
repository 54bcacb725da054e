/**
 * The worker thread that re-encrypts the database with a new data key (see
 * rekey.ts for the steps, and the state of the file if the process dies in
 * each). It holds the only connection to the file while it runs.
 *
 * Bundled on its own as dist/main/rekeyWorker.js; it loads nothing but
 * better-sqlite3-multiple-ciphers, Node built-ins and the small helpers in
 * open.ts. Key bytes arrive as transferred Uint8Arrays and are zeroed here,
 * in `finally`, whatever happens.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { applyKey, rawKeyText } from './open';
import type { RekeyJob, RekeyStep, WorkerReply } from './rekey';

type Connection = BetterSqlite3.Database;

/** A refusal or failure whose message is fit to show: no key bytes, no row data. */
class StepFailure extends Error {}

/** Which key the file needs as the worker goes: flips once the rekey has committed. */
let fileKey: 'old' | 'new' = 'old';
let current: RekeyStep = 'checking';

function post(reply: WorkerReply): void {
  if (!parentPort) throw new Error('rekeyWorker must run in a worker thread.');
  parentPort.postMessage(reply);
}

function begin(step: RekeyStep): void {
  current = step;
  post({ kind: 'step', step, threadId });
}

function bytes(view: Uint8Array): Buffer {
  // A view on the same memory, so zeroing it zeroes what was transferred.
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** Opens the file (never creating it) and keys the connection; nothing is read yet. */
function connect(job: RekeyJob, key: Buffer): Connection {
  const db = handle(job);
  try {
    applyKey(db, key);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function handle(job: RekeyJob): Connection {
  try {
    return new BetterSqlite3(job.file, {
      fileMustExist: true,
      ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
    });
  } catch (error) {
    // Before any key is given, so the message holds a path at most.
    if (sqliteCode(error) === 'SQLITE_CANTOPEN') {
      throw new StepFailure(
        fileKey === 'old'
          ? 'The database file could not be opened (it is missing or cannot be read), so it was not re-encrypted.'
          : 'The database was re-encrypted with the new key, but could not be opened again to verify it.',
      );
    }
    const reason = error instanceof Error ? `: ${error.message.split('\n')[0] ?? ''}` : '';
    throw new StepFailure(`The database engine could not be loaded in the re-encryption worker${reason}. ${keyState()}`);
  }
}

/** The pragmas of every connection that matter here: plaintext never reaches a temp file. */
function applyPragmas(db: Connection): void {
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
}

function sqliteCode(error: unknown): string | undefined {
  return error instanceof BetterSqlite3.SqliteError ? error.code : undefined;
}

/** Reads the schema: the first read is where a wrong key (or a damaged first page) shows. */
function firstRead(db: Connection, which: 'current' | 'new'): number {
  try {
    const row = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
    return row.n;
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_NOTADB') {
      throw new StepFailure(
        which === 'current'
          ? 'The current data key does not open the database file (or the start of the file is damaged), ' +
              'so it was not re-encrypted. Nothing has been changed.'
          : 'The database was re-encrypted, but the new data key does not open it. Keep both keys, and ' +
              'restore the latest backup if neither key opens the file.',
      );
    }
    throw error;
  }
}

/** True when `PRAGMA integrity_check` answers exactly 'ok'; a read that fails as corrupt counts as damage. */
function intact(db: Connection): boolean {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.length === 1 && rows[0]?.integrity_check === 'ok';
  } catch (error) {
    if (sqliteCode(error)?.startsWith('SQLITE_CORRUPT') || sqliteCode(error) === 'SQLITE_NOTADB') return false;
    throw error;
  }
}

const anotherConnection =
  'Another connection still has the database open, so it was not re-encrypted. Close it and try again. ' +
  'Nothing has been changed.';

function checkOld(db: Connection): void {
  firstRead(db, 'current');
  applyPragmas(db);
  if (!intact(db)) {
    throw new StepFailure(
      'The database failed its integrity check, so it was not re-encrypted: re-encrypting a damaged file could ' +
        'lose records. Nothing has been changed. Restore the latest backup, or ask your IT technician to keep a ' +
        'copy of the file before doing anything else.',
    );
  }
}

function leaveWal(db: Connection): void {
  const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  if (!checkpoint || checkpoint.busy !== 0 || checkpoint.log !== checkpoint.checkpointed) {
    throw new StepFailure(anotherConnection);
  }
  // SQLite3 Multiple Ciphers 2.3.5 (this build) refuses to rekey in WAL mode, so the rekey runs
  // in rollback-journal mode: one transaction, the -journal holding the old pages under the old key.
  if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw new StepFailure(anotherConnection);
}

function reEncrypt(db: Connection, newKey: Buffer): void {
  const keyText = rawKeyText(newKey);
  try {
    db.rekey(keyText);
  } finally {
    keyText.fill(0);
  }
  fileKey = 'new';
  if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
    throw new StepFailure('The database was re-encrypted but would not switch back to WAL journal mode.');
  }
}

function verifyNew(db: Connection): void {
  firstRead(db, 'new');
  applyPragmas(db);
  if (!intact(db)) {
    throw new StepFailure(
      'The database was re-encrypted, but it failed its integrity check with the new key. Keep both keys and ' +
        'the latest backup.',
    );
  }
}

function keyState(): string {
  return fileKey === 'old'
    ? 'The database still opens with the current key.'
    : 'The database has been re-encrypted and opens with the new key.';
}

/** A message for anything that is not already one of ours: the step and SQLite's code, nothing else. */
function describe(error: unknown): string {
  if (error instanceof StepFailure) return error.message;
  const code = sqliteCode(error);
  return `Re-encrypting the database failed while ${current}${code ? ` (${code})` : ''}. ${keyState()}`;
}

function run(job: RekeyJob): void {
  const oldKey = bytes(job.oldKey);
  const newKey = bytes(job.newKey);
  let db: Connection | undefined;
  try {
    begin('checking');
    db = connect(job, oldKey);
    checkOld(db);

    begin('preparing');
    leaveWal(db);

    begin('re-encrypting');
    reEncrypt(db, newKey);
    db.close();
    db = undefined;

    begin('verifying');
    db = connect(job, newKey);
    verifyNew(db);

    begin('finishing');
    const pages = Number(db.pragma('page_count', { simple: true }));
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') {
      throw new StepFailure('The database was re-encrypted but is not in WAL journal mode.');
    }
    db.close();
    db = undefined;
    post({ kind: 'done', pages, threadId });
  } catch (error) {
    post({ kind: 'failed', step: current, fileKey, message: describe(error) });
  } finally {
    oldKey.fill(0);
    newKey.fill(0);
    db?.close();
  }
}

run(workerData as RekeyJob);
