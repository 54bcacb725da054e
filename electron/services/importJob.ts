import type { CtfPupil } from '../imports/ctfTypes';
import type { CsvWrite, ImportActor, ImportCounts } from './importWrites';

/** What main sends the import worker: the database to open, its key (transferred, zeroed there), and what to write. */
export interface ImportJob {
  file: string;
  key: Uint8Array;
  nativeBinding?: string | undefined;
  who: ImportActor;
  work: { kind: 'csv'; plan: CsvWrite } | { kind: 'ctf'; pupils: CtfPupil[] };
}

export type ImportReply =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; counts: ImportCounts }
  /** `message` is fit to show: SQLite's message or ours, never a row's data. */
  | { kind: 'failed'; message: string };
