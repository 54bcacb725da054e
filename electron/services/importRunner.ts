import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../failure';
import type { ImportJob, ImportReply } from './importJob';
import type { ImportCounts } from './importWrites';
import type { SessionService } from './session';

export interface ImportWorkerOptions {
  /** Path of the better-sqlite3 addon built for Electron; Node uses the default build. */
  nativeBinding?: string | undefined;
  /** The bundled worker (`dist/main/importWorker.js`); by default the TypeScript source beside this file. */
  workerScript?: string | undefined;
  /** Called on the main thread as rows are written; it must not throw. */
  onProgress?(done: number, total: number): void;
}

/** Node 20 cannot load TypeScript in a worker through `--import tsx` (tsx#354), but tsx's require hook works. */
const tsWorkerExecArgv = ['--require', 'tsx/cjs'];

/**
 * Runs one import's transaction in a worker thread, so main's event loop
 * stays free however many rows there are. Settles once the thread has gone,
 * so its connection is closed by then.
 */
export function runImportWorker(
  job: Omit<ImportJob, 'key'> & { dataKey: Buffer },
  total: number,
  options: ImportWorkerOptions,
): Promise<ImportCounts> {
  const script = options.workerScript ?? join(__dirname, 'importWorker.ts');
  // A fresh array with its own ArrayBuffer, so transferring it detaches nothing of the session's.
  const key = new Uint8Array(job.dataKey);
  const { dataKey: _kept, ...rest } = job;
  const data: ImportJob = { ...rest, key };
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(script, {
        workerData: data,
        transferList: [key.buffer],
        ...(script.endsWith('.ts') ? { execArgv: tsWorkerExecArgv } : {}),
      });
    } catch (error) {
      key.fill(0);
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let reply: ImportReply | undefined;
    let crash: Error | undefined;
    worker.on('message', (message: ImportReply) => {
      if (message.kind === 'progress') options.onProgress?.(message.done, total);
      else reply = message;
    });
    worker.on('error', (error) => {
      crash = error;
    });
    worker.on('exit', (code) => {
      if (reply?.kind === 'done') resolve(reply.counts);
      else if (reply?.kind === 'failed') reject(new AppFailure('INTERNAL', `Nothing was imported: ${reply.message}`));
      else reject(new AppFailure('INTERNAL', `Nothing was imported: the import stopped unexpectedly${crash ? ` (${crash.message.split('\n')[0] ?? ''})` : ` (exit code ${code})`}.`));
    });
  });
}

/** What the window shows and a screen reader hears as the rows are written. */
export function importProgress(done: number, total: number) {
  const of = total === 1 ? '1 pupil' : `${total.toLocaleString('en-GB')} pupils`;
  return { done, total, message: `Saved ${Math.min(done, total).toLocaleString('en-GB')} of ${of}.` };
}

export const savingMessage = 'SENCO Desk is saving an import. Everything else waits until it has finished, which takes a moment.';

/**
 * Saves an import in the worker with the session's key, as the signed-in
 * person. Main holds the session busy meanwhile: every other call is refused
 * with `savingMessage` (even a read records itself in the audit log, and a
 * write would wait on the worker's lock with main's event loop blocked), and
 * a lock asked for meanwhile happens as soon as the worker has finished.
 */
export async function saveInWorker(session: SessionService, work: ImportJob['work'], total: number, options: ImportWorkerOptions): Promise<ImportCounts> {
  const { user, dataKey } = session.open();
  const who = { at: session.now().toISOString(), actorId: user.id };
  session.setBusy(savingMessage);
  try {
    return await runImportWorker({ file: session.vault.databasePath, dataKey, nativeBinding: options.nativeBinding, who, work }, total, options);
  } finally {
    session.setBusy(null);
  }
}
