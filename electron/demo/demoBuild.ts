import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoadedCounts } from './loadSchool';

/**
 * Building the demo school's database: generating 2,200 pupils with their
 * histories and writing them in one transaction takes seconds, far over the
 * 50 ms a task may hold the main process (DESIGN.md, budgets). So it runs in
 * a worker thread (demoWorker.ts) with a connection of its own, as the rekey
 * does, posting its progress; main only waits.
 */

export type DemoStep = 'generating' | 'loading' | 'checking';

export interface DemoProgress {
  step: DemoStep;
  done: number;
  total: number;
  message: string;
}

/** What the main thread hands the worker. The key array is transferred, not copied. */
export interface DemoJob {
  /** The database file to create (it must not exist). */
  file: string;
  dataKey: Uint8Array;
  nativeBinding?: string | undefined;
  seed: number;
  size: 'reference' | 'small';
  /** The school's "today" (ISO date) and the instant every row is recorded at. */
  today: string;
  at: string;
  account: { id: string; displayName: string };
}

export type DemoReply =
  | { kind: 'progress'; step: DemoStep; done: number; total: number; threadId: number }
  | { kind: 'done'; schoolName: string; counts: LoadedCounts; threadId: number }
  | { kind: 'failed'; message: string };

export interface DemoBuilt {
  schoolName: string;
  counts: LoadedCounts;
  /** The worker thread that did the work (the main thread is 0). */
  threadId: number;
}

export interface DemoBuildOptions extends Omit<DemoJob, 'dataKey'> {
  /** Copied for the worker; the caller zeroes its own copy. */
  dataKey: Buffer;
  /** The bundled worker (`dist/main/demoWorker.js`); by default the TypeScript source beside this file. */
  workerScript?: string | undefined;
  /** Called on the main thread as the worker reports. It must not throw. */
  onProgress?(progress: DemoProgress & { threadId: number }): void;
}

const count = (n: number) => n.toLocaleString('en-GB');

export function demoProgressMessage(step: DemoStep, done: number, total: number): string {
  switch (step) {
    case 'generating':
      return 'Making up a school of pupils, their needs and their histories';
    case 'loading':
      return `Adding pupils to the demo vault: ${count(done)} of ${count(total)}`;
    case 'checking':
      return 'Checking the demo vault';
  }
}

/** Node cannot load TypeScript in a worker through `--import tsx` (tsx#354), but tsx's require hook works. */
const tsWorkerExecArgv = ['--require', 'tsx/cjs'];

export function buildDemoDatabase(options: DemoBuildOptions): Promise<DemoBuilt> {
  const { workerScript, onProgress, dataKey, ...job } = options;
  const script = workerScript ?? join(__dirname, 'demoWorker.ts');
  // A fresh array with its own ArrayBuffer, so transferring it detaches nothing of the caller's.
  const key = new Uint8Array(dataKey);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(script, {
        workerData: { ...job, dataKey: key } satisfies DemoJob,
        transferList: [key.buffer],
        ...(script.endsWith('.ts') ? { execArgv: tsWorkerExecArgv } : {}),
      });
    } catch (error) {
      key.fill(0);
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let reply: DemoReply | undefined;
    let crash: Error | undefined;
    worker.on('message', (message: DemoReply) => {
      if (message.kind === 'progress') {
        const { step, done, total, threadId } = message;
        onProgress?.({ step, done, total, threadId, message: demoProgressMessage(step, done, total) });
      } else reply = message;
    });
    worker.on('error', (error) => {
      crash = error;
    });
    // Settles only once the thread is gone, so its connection is closed by then.
    worker.on('exit', (code) => {
      if (reply?.kind === 'done') resolve({ schoolName: reply.schoolName, counts: reply.counts, threadId: reply.threadId });
      else if (reply?.kind === 'failed') reject(new Error(reply.message));
      else reject(new Error(`The demo school could not be built: the worker stopped${crash ? `: ${crash.message}` : ` (exit code ${code})`}.`));
    });
  });
}
