import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { type CellFix, isBlocked } from '../../shared/rules/importFixes';
import { type ImportField, suggestMapping } from '../../shared/rules/pupilImport';
import { londonDate } from '../../shared/rules/schoolDate';
import { normaliseUpn } from '../../shared/rules/upn';
import { pupilIdsByUpn } from '../db/repositories/pupils';
import { pupilsOnRoll } from '../db/repositories/register';
import { AppFailure } from '../failure';
import type { Dialogs, SettingsStore } from '../platform/platform';
import { ImportMappings } from './importMappings';
import { type ImportWorkerOptions, runImportTask, saveInWorker } from './importRunner';
import type { SessionService } from './session';

const MAX_BYTES = 20 * 1024 * 1024;
type Mapping = Record<ImportField, number | null>;


/**
 * Pupils from the school's MIS as CSV. The file is read in main (the window
 * never sees its path), previewed with every problem, and imported only when
 * the SENCO confirms, in one transaction. A re-import updates pupils matched
 * by UPN, only in the columns the file maps: SEN history, needs, notes and
 * anything else the SENCO owns are never touched. Pupils missing from a
 * full-roll file are offered as leavers, never deleted.
 */
export class PupilImportService {
  private readonly files = new Map<string, { fileName: string; header: string[]; rows: { line: number; cells: string[] }[] }>();
  private readonly mappings: ImportMappings;

  constructor(
    private readonly session: SessionService,
    private readonly dialogs: Dialogs,
    settings: SettingsStore,
    private readonly worker: ImportWorkerOptions = {},
  ) {
    this.mappings = new ImportMappings(settings);
    session.whenLocked(() => this.files.clear());
  }

  async chooseCsv() {
    const path = await this.dialogs.openFile({ title: 'Choose the CSV export from your MIS', filters: [{ name: 'CSV file', extensions: ['csv'] }] });
    if (!path) return null;
    if (statSync(path).size > MAX_BYTES) throw new AppFailure('INVALID_INPUT', 'That file is over 20 MB: far larger than a school roll. Choose the pupil export.');
    // Read and parsed in the worker: a large export must not hold up main.
    const { header, rows } = await runImportTask({ task: 'read-csv', path }, this.worker);
    const importId = randomUUID();
    this.files.set(importId, { fileName: basename(path), header, rows });
    const remembered = this.mappings.recall(header);
    return {
      importId,
      fileName: basename(path),
      headers: header,
      mapping: remembered ?? suggestMapping(header),
      mappingFrom: remembered ? ('remembered' as const) : ('header-names' as const),
      samples: rows.slice(0, 3).map((row) => row.cells),
      rowCount: rows.length,
    };
  }

  /**
   * Nothing is written: the rows (with the SENCO's corrections) and their
   * problems, what would be new or updated, and possible leavers.
   */
  async preview(importId: string, mapping: Mapping, fullRoll: boolean, fixes: readonly CellFix[] = []) {
    const file = this.file(importId);
    // Matched as the commit matches: a pupil who left and comes back is updated, not added twice.
    const knownUpns = [...pupilIdsByUpn(this.session.db()).keys()];
    // Every row read through the mapping in the worker: for a whole roll that is longer than main may be held.
    const rows = await runImportTask({ task: 'preview-csv', rows: file.rows, mapping, fixes: [...fixes], knownUpns }, this.worker);
    const onRoll = pupilsOnRoll(this.session.db(), londonDate(this.session.now()));
    const inFile = new Set(rows.flatMap((r) => (typeof r.pupil.upn === 'string' ? [normaliseUpn(r.pupil.upn)] : [])));
    const leavers = fullRoll
      ? onRoll.filter((p) => !p.upn || !inFile.has(normaliseUpn(p.upn))).map((p) => ({ pupilId: p.id, name: `${p.legalForename} ${p.legalSurname}`, upn: p.upn }))
      : [];
    return {
      rows,
      leavers,
      summary: {
        new: rows.filter((r) => r.action === 'new').length,
        updated: rows.filter((r) => r.action === 'update').length,
        blocked: rows.filter(isBlocked).length,
      },
    };
  }

  /**
   * All or nothing (one transaction, in the import worker), and only what the SENCO confirmed: the file with their
   * corrections, without the lines they left out. A row that still has a
   * blocking problem and was not left out refuses the whole commit, as does a
   * leaver who is not missing from a full roll.
   */
  async commit(
    importId: string,
    mapping: Mapping,
    leavers: { pupilIds: string[]; leavingDate: string } | null,
    fixes: readonly CellFix[] = [],
    leftOut: readonly number[] = [],
  ) {
    const file = this.file(importId);
    const preview = await this.preview(importId, mapping, leavers !== null, fixes);
    const lines = new Set(preview.rows.map((r) => r.line));
    const stranger = leftOut.find((line) => !lines.has(line));
    if (stranger !== undefined) throw new AppFailure('INVALID_INPUT', `Nothing was imported: there is no row on line ${stranger} of this file to leave out.`);
    const skipped = new Set(leftOut);
    const blocked = preview.rows.filter((r) => isBlocked(r) && !skipped.has(r.line));
    if (blocked.length > 0) {
      const shown = blocked.slice(0, 5).map((r) => r.line).join(', ');
      throw new AppFailure(
        'INVALID_INPUT',
        `Nothing was imported: ${blocked.length} row(s) need fixing first (line ${shown}${blocked.length > 5 ? ', …' : ''}). Correct them or leave them out.`,
      );
    }
    const missing = new Set(preview.leavers.map((l) => l.pupilId));
    if (leavers?.pupilIds.some((id) => !missing.has(id))) {
      throw new AppFailure('INVALID_INPUT', 'Nothing was imported: a pupil marked as left is in this file or has already left. Choose the leavers again.');
    }
    const rows = preview.rows.filter((r) => !skipped.has(r.line)).map((r) => r.pupil);
    const counts = await saveInWorker(this.session, { kind: 'csv', plan: { rows, leavers } }, rows.length, this.worker);
    this.files.delete(importId);
    this.mappings.remember(file.header, mapping);
    return { added: counts.added, updated: counts.updated, leavers: counts.leavers };
  }

  private file(importId: string) {
    const file = this.files.get(importId);
    if (!file) throw new AppFailure('NOT_FOUND', 'That file is no longer open here. Choose it again.');
    return file;
  }
}
