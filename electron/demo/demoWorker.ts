/**
 * The worker thread that builds the demo school's database (demoBuild.ts says
 * why it is a worker). It generates the school from the seed, creates the
 * encrypted database with its own connection, and loads every pupil in one
 * transaction, posting progress as it goes. The key arrives as a transferred
 * Uint8Array and is zeroed here, in `finally`, whatever happens.
 *
 * Bundled on its own as dist/main/demoWorker.js.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { appendAudit } from '../db/repositories/auditLog';
import { insertSchool, setRecoveryConfirmed } from '../db/repositories/school';
import { insertStaffAccount } from '../db/repositories/staffAccounts';
import type { Database } from '../db/database';
import type { DemoJob, DemoReply, DemoStep } from './demoBuild';
import { loadSyntheticSchool } from './loadSchool';
import { generateProvision } from './provision';
import { loadSyntheticProvision } from './provisionLoad';
import { generateSchool } from './syntheticSchool';

function post(reply: DemoReply): void {
  if (!parentPort) throw new Error('demoWorker must run in a worker thread.');
  parentPort.postMessage(reply);
}

const progress = (step: DemoStep, done: number, total: number) => post({ kind: 'progress', step, done, total, threadId });

function run(job: DemoJob): void {
  const dataKey = Buffer.from(job.dataKey.buffer, job.dataKey.byteOffset, job.dataKey.byteLength);
  let db: Database | undefined;
  try {
    progress('generating', 0, 1);
    const school = generateSchool({ seed: job.seed, size: job.size, today: job.today });
    const provision = generateProvision(school, job.seed);
    const total = school.pupils.length;
    progress('loading', 0, total);
    db = openDatabase({ file: job.file, dataKey, nativeBinding: job.nativeBinding });
    const open = db;
    const { id, displayName } = job.account;
    const counts = open.transaction(() => {
      insertSchool(open, { name: school.schoolName, createdAt: job.at });
      insertStaffAccount(open, { id, displayName, role: 'senco', createdAt: job.at });
      // The demo opens without a recovery key (services/demoSchool.ts), so there is none to confirm or nag about.
      setRecoveryConfirmed(open, job.at);
      appendAudit(open, { at: job.at, actorId: id, action: 'vault.created', detail: { demo: true, seed: job.seed } });
      const loaded = loadSyntheticSchool(open, school, { at: job.at, by: id }, (done) => progress('loading', done, total));
      const provided = loadSyntheticProvision(open, provision, { at: job.at, by: id });
      appendAudit(open, { at: job.at, actorId: id, action: 'demo.loaded', detail: { ...loaded, ...provided } });
      return loaded;
    })();
    progress('checking', total, total);
    const check = open.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error('The demo vault failed its check after loading.');
    open.close();
    db = undefined;
    post({ kind: 'done', schoolName: school.schoolName, counts, threadId });
  } catch (error) {
    // Synthetic data only, so the message may say what went wrong.
    post({ kind: 'failed', message: `The demo school could not be built: ${error instanceof Error ? error.message : String(error)}` });
  } finally {
    dataKey.fill(0);
    db?.close();
  }
}

run(workerData as DemoJob);
