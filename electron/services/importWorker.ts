/**
 * The worker thread that saves an import: its own connection to the same
 * encrypted file (WAL lets main go on reading), one BEGIN IMMEDIATE
 * transaction for every row, leaver and audit entry, so an import is saved
 * whole or not at all and the audit chain links on from main's last row.
 *
 * Bundled on its own as dist/main/importWorker.js. The key arrives as a
 * transferred Uint8Array and is zeroed here once the connection is keyed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open';
import { AppFailure } from '../failure';
import type { ImportJob, ImportReply } from './importJob';
import { writeCsvImport, writeCtfImport } from './importWrites';

function post(reply: ImportReply): void {
  if (!parentPort) throw new Error('importWorker must run in a worker thread.');
  parentPort.postMessage(reply);
}

/** Only messages known to hold no personal data leave the worker: ours, and SQLite's (codes and names of constraints). */
function describe(error: unknown): string {
  if (error instanceof AppFailure) return error.message;
  if (error instanceof BetterSqlite3.SqliteError) return `The database refused the import (${error.code}): ${error.message.split('\n')[0] ?? ''}`;
  return 'The import stopped unexpectedly.';
}

function run(job: ImportJob): void {
  const key = Buffer.from(job.key.buffer, job.key.byteOffset, job.key.byteLength);
  let db: Database | undefined;
  try {
    db = openDatabase({ file: job.file, dataKey: key, nativeBinding: job.nativeBinding });
    key.fill(0);
    const progress = (done: number) => post({ kind: 'progress', done });
    const { work } = job;
    const connection = db;
    const write = connection.transaction(() =>
      work.kind === 'csv' ? writeCsvImport(connection, work.plan, job.who, progress) : writeCtfImport(connection, work.pupils, job.who, progress),
    );
    post({ kind: 'done', counts: write.immediate() });
  } catch (error) {
    post({ kind: 'failed', message: describe(error) });
  } finally {
    key.fill(0);
    db?.close();
  }
}

run(workerData as ImportJob);
