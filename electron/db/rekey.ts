import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Rotating the data key: the whole file is re-encrypted in a worker thread
 * (rekeyWorker.ts), so the main process never blocks on it.
 *
 * The caller closes its own connection first (no other may be open) and keeps
 * BOTH wrapped keys in the vault until this resolves. The steps, and the state
 * of the file if the process dies during each:
 *
 * 1. checking      open with the old key, `PRAGMA integrity_check` (a damaged file is refused).
 *                  Reads only. Dies here: file unchanged, old key.
 * 2. preparing     `wal_checkpoint(TRUNCATE)`, then `journal_mode=DELETE`. Dies here: the whole
 *                  file is under the old key, perhaps in rollback-journal mode (openDatabase turns
 *                  WAL back on).
 * 3. re-encrypting `rekey` rewrites every page in one rollback-journal transaction (this SQLite3MC
 *                  build, 2.3.5, refuses to rekey in WAL mode), then `journal_mode=WAL`. Until the
 *                  commit, the -journal beside the file holds the original pages encrypted with the
 *                  OLD key, and the file is a mix. Dies before the commit: the next connection keyed
 *                  with the old key rolls the hot journal back and gets the old file whole; keyed
 *                  with the new key it fails with SQLITE_NOTADB and leaves the journal alone (seen
 *                  with the process killed at many points of a 44 MB rekey). The commit is the
 *                  deletion of the -journal: from then on the file is under the NEW key, in
 *                  rollback-journal mode until the switch back to WAL.
 * 4. verifying     reopen with the new key, `PRAGMA integrity_check`. New key.
 * 5. finishing     page count, journal mode is WAL, close. New key.
 *
 * So after a crash, try the old key first, then the new one; whichever opens the file is the key,
 * and a file neither key opens is damaged. Note that openDatabase reports SQLITE_NOTADB as
 * DATABASE_CORRUPT, so the caller must try the other key on that failure before saying so.
 */

export type RekeyStep = 'checking' | 'preparing' | 're-encrypting' | 'verifying' | 'finishing';

/** `done` is the number of the step now running, counted from 1; `total` is always 5. */
export interface RekeyProgress {
  step: RekeyStep;
  done: number;
  total: number;
  message: string;
}

export interface RekeyOptions {
  file: string;
  /** The current 32-byte data key. Copied for the worker; the caller zeroes its own copy. */
  oldKey: Buffer;
  /** The new 32-byte data key. Copied for the worker; the caller zeroes its own copy. */
  newKey: Buffer;
  /** Path of the better-sqlite3 addon built for Electron; Node uses the default build. */
  nativeBinding?: string | undefined;
  /** The bundled worker (`dist/main/rekeyWorker.js`); by default the TypeScript source beside this file. */
  workerScript?: string | undefined;
  /** Called on the main thread at the start of each step. It must not throw. */
  onProgress?(p: RekeyProgress): void;
}

export interface RekeyResult {
  integrity: 'ok';
  /** Pages in the re-encrypted file. */
  pages: number;
  /** The worker thread that did the work (the main thread is 0). */
  threadId: number;
}

/** A refused or failed rekey. The message is plain English, with no key bytes and no row data. */
export class RekeyError extends Error {
  override readonly name = 'RekeyError';
  constructor(
    message: string,
    /** The step that was running, or null if the worker never started one. */
    readonly step: RekeyStep | null,
    /** The key the file needs now: 'unknown' only if the worker died mid-rewrite (try both). */
    readonly fileKey: 'old' | 'new' | 'unknown',
  ) {
    super(message);
  }
}

/** What the main thread hands the worker. The key arrays are transferred, not copied. */
export interface RekeyJob {
  file: string;
  oldKey: Uint8Array;
  newKey: Uint8Array;
  nativeBinding?: string | undefined;
}

export type WorkerReply =
  | { kind: 'step'; step: RekeyStep; threadId: number }
  | { kind: 'done'; pages: number; threadId: number }
  | { kind: 'failed'; step: RekeyStep; fileKey: 'old' | 'new'; message: string };

export const rekeySteps: readonly RekeyStep[] = ['checking', 'preparing', 're-encrypting', 'verifying', 'finishing'];

const stepText: Record<RekeyStep, string> = {
  checking: 'Checking the database',
  preparing: 'Preparing the database',
  're-encrypting': 'Re-encrypting the database',
  verifying: 'Verifying the database with the new key',
  finishing: 'Finishing',
};

export function rekeyProgress(step: RekeyStep): RekeyProgress {
  const done = rekeySteps.indexOf(step) + 1;
  const total = rekeySteps.length;
  return { step, done, total, message: `${stepText[step]} (step ${done} of ${total})` };
}

/** Node 20 cannot load TypeScript in a worker through `--import tsx` (tsx#354), but tsx's require hook works. */
const tsWorkerExecArgv = ['--require', 'tsx/cjs'];

export function rekeyDatabase(options: RekeyOptions): Promise<RekeyResult> {
  if (options.oldKey.length !== 32 || options.newKey.length !== 32) {
    return Promise.reject(new RekeyError('Both data keys must be 32 bytes.', null, 'old'));
  }
  if (options.oldKey.equals(options.newKey)) {
    return Promise.reject(new RekeyError('The new data key is the same as the current one.', null, 'old'));
  }
  const script = options.workerScript ?? join(__dirname, 'rekeyWorker.ts');
  // Fresh arrays, each with its own ArrayBuffer, so transferring them detaches nothing of the caller's.
  const oldKey = new Uint8Array(options.oldKey);
  const newKey = new Uint8Array(options.newKey);
  const job: RekeyJob = { file: options.file, oldKey, newKey, nativeBinding: options.nativeBinding };
  const transferList = [oldKey.buffer, newKey.buffer];

  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(script, {
        workerData: job,
        transferList,
        ...(script.endsWith('.ts') ? { execArgv: tsWorkerExecArgv } : {}),
      });
    } catch (error) {
      oldKey.fill(0);
      newKey.fill(0);
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let last: RekeyStep | null = null;
    let reply: WorkerReply | undefined;
    let crash: Error | undefined;

    worker.on('message', (message: WorkerReply) => {
      if (message.kind === 'step') {
        last = message.step;
        options.onProgress?.(rekeyProgress(message.step));
      } else {
        reply = message;
      }
    });
    worker.on('error', (error) => {
      crash = error;
    });
    // Settles only once the thread is gone, so its connection is closed by then.
    worker.on('exit', (code) => {
      if (reply?.kind === 'done') {
        resolve({ integrity: 'ok', pages: reply.pages, threadId: reply.threadId });
      } else if (reply?.kind === 'failed') {
        reject(new RekeyError(reply.message, reply.step, reply.fileKey));
      } else {
        reject(stoppedError(last, code, crash));
      }
    });
  });
}

function stoppedError(last: RekeyStep | null, code: number, crash: Error | undefined): RekeyError {
  const reached = last === null ? -1 : rekeySteps.indexOf(last);
  const rewriting = rekeySteps.indexOf('re-encrypting');
  const fileKey = reached < rewriting ? 'old' : reached > rewriting ? 'new' : 'unknown';
  // An uncaught error in the worker can only come from loading it (a module or addon it cannot
  // find or load): the worker catches everything once it runs, so this holds no key or row data.
  const cause = crash ? `: ${crash.message}` : ` (exit code ${code})`;
  const state = {
    old: 'The database still opens with the current key.',
    new: 'The database has been re-encrypted and opens with the new key.',
    unknown: 'Keep both keys: the database opens with one of them.',
  }[fileKey];
  return new RekeyError(`The re-encryption stopped unexpectedly${cause}. ${state}`, last, fileKey);
}
