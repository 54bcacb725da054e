import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../failure';
import type { ImportAnswers, ImportReply, ImportTask } from './importJob';
import type { ImportCounts } from './importWrites';
import type { SessionService } from './session';

export interface ImportWorkerOptions {
  /** Path of the better-sqlite3 addon built for Electron; Node uses the default build. */
  nativeBinding?: string | undefined;
  /** The bundled worker (`dist/main/importWorker.js`); by default the TypeScript source beside this file. */
  workerScript?: string | undefined;
  /** Called on the main thread as rows are saved; it must not throw. */
  onProgress?(done: number, total: number): void;
}

/** Node 20 cannot load TypeScript in a worker through `--import tsx` (tsx#354), but tsx's require hook works. */
const tsWorkerExecArgv = ['--require', 'tsx/cjs'];

/**
 * Runs one import task in a worker thread, so main's event loop stays free
 * however large the file. Settles once the thread has gone, so a saving
 * worker's connection is closed by then. `total` is what progress counts to.
 */
export function runImportTask<T extends ImportTask>(task: T, options: ImportWorkerOptions, total = 0): Promise<ImportAnswers[T['task']]> {
  const script = options.workerScript ?? join(__dirname, 'importWorker.ts');
  const transferList = task.task === 'save' ? [task.key.buffer as ArrayBuffer] : [];
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: task, transferList, ...(script.endsWith('.ts') ? { execArgv: tsWorkerExecArgv } : {}) });
    } catch (error) {
      if (task.task === 'save') task.key.fill(0);
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
      if (reply?.kind === 'done') resolve(reply.value as ImportAnswers[T['task']]);
      else if (reply?.kind === 'failed') reject(new AppFailure(reply.code, reply.message));
      else {
        // An uncaught error can only come from loading the worker: once it runs, it catches everything.
        const cause = crash ? `: ${crash.message.split('\n')[0] ?? ''}` : ` (exit code ${code})`;
        reject(new AppFailure('INTERNAL', `Nothing was imported: the import stopped unexpectedly${cause}.`));
      }
    });
  });
}

/** What the window shows and a screen reader hears as the rows are saved. */
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
export async function saveInWorker(
  session: SessionService,
  work: Extract<ImportTask, { task: 'save' }>['work'],
  total: number,
  options: ImportWorkerOptions,
): Promise<ImportCounts> {
  const { user, dataKey } = session.open();
  const who = { at: session.now().toISOString(), actorId: user.id };
  // A fresh array with its own ArrayBuffer, so transferring it detaches nothing of the session's.
  const key = new Uint8Array(dataKey);
  session.setBusy(savingMessage);
  try {
    return await runImportTask({ task: 'save', file: session.vault.databasePath, key, nativeBinding: options.nativeBinding, who, work }, options, total);
  } finally {
    session.setBusy(null);
  }
}
