/**
 * The worker thread behind imports, so that nothing an import does holds up
 * main's event loop: reading and parsing the file, previewing every row, and
 * saving. Saving opens its own connection to the same encrypted file (WAL
 * lets main go on reading) and writes every row, leaver and audit entry in
 * one BEGIN IMMEDIATE transaction: an import is saved whole or not at all,
 * and the audit chain links on from main's last row.
 *
 * Bundled on its own as dist/main/importWorker.js. The key arrives as a
 * transferred Uint8Array and is zeroed here once the connection is keyed.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { parseCsv } from '../../shared/rules/csv';
import { applyFixes } from '../../shared/rules/importFixes';
import { previewPupilImport } from '../../shared/rules/pupilImport';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open';
import { AppFailure } from '../failure';
import { parseCtf } from '../imports/ctf';
import { previewCtfPupils } from './ctfPreview';
import type { ImportAnswers, ImportReply, ImportTask } from './importJob';
import { writeCsvImport, writeCtfImport } from './importWrites';

function post(reply: ImportReply): void {
  if (!parentPort) throw new Error('importWorker must run in a worker thread.');
  parentPort.postMessage(reply);
}

const refuse = (message: string): never => {
  throw new AppFailure('INVALID_INPUT', message);
};

function readCsv(path: string): ImportAnswers['read-csv'] {
  const csv = parseCsv(readFileSync(path, 'utf8'));
  if (!csv.ok) return refuse(`The file could not be read as CSV. ${csv.reason}`);
  const [header, ...rows] = csv.rows;
  if (!header || rows.length === 0) return refuse('The file has no pupils in it: it needs a header row and one row per pupil.');
  return { header: header.cells, rows };
}

function previewCsv(task: Extract<ImportTask, { task: 'preview-csv' }>): ImportAnswers['preview-csv'] {
  const fixed = applyFixes(task.rows, task.mapping, task.fixes);
  if (!fixed.ok) return refuse(fixed.reason);
  return previewPupilImport(fixed.rows, task.mapping, new Set(task.knownUpns));
}

function readCtf(path: string, knownUpns: string[]): ImportAnswers['read-ctf'] {
  const parsed = parseCtf(readFileSync(path, 'utf8'));
  if (!parsed.ok) return refuse(`The CTF was not imported: nothing has changed. ${parsed.reason}`);
  return { pupils: parsed.pupils, warnings: parsed.warnings, preview: previewCtfPupils(parsed.pupils, new Set(knownUpns)) };
}

function save(task: Extract<ImportTask, { task: 'save' }>): ImportAnswers['save'] {
  const key = Buffer.from(task.key.buffer, task.key.byteOffset, task.key.byteLength);
  let db: Database | undefined;
  try {
    db = openDatabase({ file: task.file, dataKey: key, nativeBinding: task.nativeBinding });
    key.fill(0);
    const progress = (done: number) => post({ kind: 'progress', done });
    const { work } = task;
    const connection = db;
    const write = connection.transaction(() =>
      work.kind === 'csv' ? writeCsvImport(connection, work.plan, task.who, progress) : writeCtfImport(connection, work.pupils, task.who, progress),
    );
    return write.immediate();
  } finally {
    key.fill(0);
    db?.close();
  }
}

/** Only messages known to hold no personal data leave the worker: ours (lines and reasons), and SQLite's. */
function failure(error: unknown): ImportReply {
  if (error instanceof AppFailure) return { kind: 'failed', code: 'INVALID_INPUT', message: error.message };
  if (error instanceof BetterSqlite3.SqliteError) {
    return { kind: 'failed', code: 'INTERNAL', message: `Nothing was imported: the database refused it (${error.code}: ${error.message.split('\n')[0] ?? ''}).` };
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'EACCES') return { kind: 'failed', code: 'INVALID_INPUT', message: 'The file could not be opened: it has moved or cannot be read.' };
  return { kind: 'failed', code: 'INTERNAL', message: 'Nothing was imported: the import stopped unexpectedly.' };
}

function run(task: ImportTask): void {
  try {
    switch (task.task) {
      case 'read-csv':
        return post({ kind: 'done', value: readCsv(task.path) });
      case 'preview-csv':
        return post({ kind: 'done', value: previewCsv(task) });
      case 'read-ctf':
        return post({ kind: 'done', value: readCtf(task.path, task.knownUpns) });
      case 'save':
        return post({ kind: 'done', value: save(task) });
      default: {
        const unknown: never = task;
        throw new Error(`Unknown import task ${JSON.stringify(unknown)}`);
      }
    }
  } catch (error) {
    post(failure(error));
  }
}

run(workerData as ImportTask);
