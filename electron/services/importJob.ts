import type { CellFix } from '../../shared/rules/importFixes';
import type { ImportField, PreviewRow } from '../../shared/rules/pupilImport';
import type { CtfPupil, CtfWarning } from '../imports/ctfTypes';
import type { CtfPreviewPupil } from './ctfPreview';
import type { CsvWrite, ImportActor, ImportCounts } from './importWrites';

export type CsvRows = { line: number; cells: string[] }[];

/**
 * What main asks the import worker to do. Reading, parsing and previewing
 * need no database; saving opens its own connection with the key, which is
 * transferred and zeroed in the worker.
 */
export type ImportTask =
  | { task: 'read-csv'; path: string }
  | { task: 'preview-csv'; rows: CsvRows; mapping: Record<ImportField, number | null>; fixes: CellFix[]; knownUpns: string[] }
  | { task: 'read-ctf'; path: string; knownUpns: string[] }
  | {
      task: 'save';
      file: string;
      key: Uint8Array;
      nativeBinding?: string | undefined;
      who: ImportActor;
      work: { kind: 'csv'; plan: CsvWrite } | { kind: 'ctf'; pupils: CtfPupil[] };
    };

/** What each task answers with. */
export interface ImportAnswers {
  'read-csv': { header: string[]; rows: CsvRows };
  'preview-csv': PreviewRow[];
  'read-ctf': { pupils: CtfPupil[]; warnings: CtfWarning[]; preview: CtfPreviewPupil[] };
  save: ImportCounts;
}

export type ImportReply =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; value: unknown }
  /** `message` is fit to show: the file's line and reason, SQLite's message or ours, never a row's data. */
  | { kind: 'failed'; code: 'INVALID_INPUT' | 'INTERNAL'; message: string };
