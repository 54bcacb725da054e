import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCsv } from '../../shared/rules/csv';
import { type ImportField, type PreviewRow, previewPupilImport, suggestMapping } from '../../shared/rules/pupilImport';
import { londonDate } from '../../shared/rules/schoolDate';
import { normaliseUpn } from '../../shared/rules/upn';
import { type PupilDetails, blankPupilDetails, detailsOf, insertPupil, pupilById, pupilIdsByUpn, updatePupil } from '../db/repositories/pupils';
import { registerRows } from '../db/repositories/register';
import { AppFailure } from '../failure';
import type { Dialogs } from '../platform/platform';
import type { SessionService } from './session';

const MAX_BYTES = 20 * 1024 * 1024;
type Mapping = Record<ImportField, number | null>;

/** Problems that stop a row from becoming a record; UPN census problems do not (census readiness lists them). */
const blocking = (row: PreviewRow) => row.problems.filter((p) => !p.code || p.code === '1520');


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

  constructor(
    private readonly session: SessionService,
    private readonly dialogs: Dialogs,
  ) {
    session.whenLocked(() => this.files.clear());
  }

  async chooseCsv() {
    const path = await this.dialogs.openFile({ title: 'Choose the CSV export from your MIS', filters: [{ name: 'CSV file', extensions: ['csv'] }] });
    if (!path) return null;
    if (statSync(path).size > MAX_BYTES) throw new AppFailure('INVALID_INPUT', 'That file is over 20 MB: far larger than a school roll. Choose the pupil export.');
    const csv = parseCsv(readFileSync(path, 'utf8'));
    if (!csv.ok) throw new AppFailure('INVALID_INPUT', `The file could not be read as CSV. ${csv.reason}`);
    const [header, ...rows] = csv.rows;
    if (!header || rows.length === 0) throw new AppFailure('INVALID_INPUT', 'The file has no pupils in it: it needs a header row and one row per pupil.');
    const importId = randomUUID();
    this.files.set(importId, { fileName: basename(path), header: header.cells, rows });
    return { importId, fileName: basename(path), headers: header.cells, mapping: suggestMapping(header.cells), rowCount: rows.length };
  }

  /** Nothing is written: the rows with their problems, what would be new or updated, and possible leavers. */
  preview(importId: string, mapping: Mapping, fullRoll: boolean) {
    const file = this.file(importId);
    const onRoll = registerRows(this.session.db(), londonDate(this.session.now()), false);
    // Matched as the commit matches: a pupil who left and comes back is updated, not added twice.
    const rows = previewPupilImport(file.rows, mapping, new Set(pupilIdsByUpn(this.session.db()).keys()));
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
        blocked: rows.filter((r) => blocking(r).length > 0).length,
      },
    };
  }

  /** All or nothing. `leavers` are the pupils the SENCO confirmed have left, with the day they left. */
  commit(importId: string, mapping: Mapping, leavers: { pupilIds: string[]; leavingDate: string } | null) {
    const { db, user } = this.session.open();
    const { rows } = this.preview(importId, mapping, false);
    const blocked = rows.filter((r) => blocking(r).length > 0);
    if (blocked.length > 0) {
      const lines = blocked.slice(0, 5).map((r) => r.line).join(', ');
      throw new AppFailure('INVALID_INPUT', `Nothing was imported: ${blocked.length} row(s) need fixing first (line ${lines}${blocked.length > 5 ? ', …' : ''}).`);
    }
    const byUpn = pupilIdsByUpn(db);
    const recorded = { at: this.session.now().toISOString(), by: user.id, source: 'csv' as const };
    const counts = db.transaction(() => {
      let added = 0;
      let updated = 0;
      for (const row of rows) {
        const existingId = typeof row.pupil.upn === 'string' ? byUpn.get(normaliseUpn(row.pupil.upn)) : undefined;
        const existing = existingId ? pupilById(db, existingId) : undefined;
        const details = { ...(existing ? detailsOf(existing) : blankPupilDetails), ...row.pupil } as PupilDetails;
        if (existing) {
          updatePupil(db, existing.id, details, recorded);
          this.session.audit({ action: 'pupil.updated', subject: existing.id, detail: { source: 'csv' } });
          updated++;
        } else {
          const id = randomUUID();
          insertPupil(db, id, details, recorded);
          this.session.audit({ action: 'pupil.added', subject: id, detail: { source: 'csv' } });
          added++;
        }
      }
      for (const pupilId of leavers?.pupilIds ?? []) {
        const pupil = pupilById(db, pupilId);
        if (!pupil || pupil.leavingDate) continue;
        updatePupil(db, pupilId, { ...detailsOf(pupil), leavingDate: leavers?.leavingDate ?? null }, recorded);
        this.session.audit({ action: 'pupil.left', subject: pupilId, detail: { source: 'csv' } });
      }
      this.session.audit({ action: 'import.csv', detail: { added, updated, leavers: leavers?.pupilIds.length ?? 0 } });
      return { added, updated, leavers: leavers?.pupilIds.length ?? 0 };
    })();
    this.files.delete(importId);
    return counts;
  }

  private file(importId: string) {
    const file = this.files.get(importId);
    if (!file) throw new AppFailure('NOT_FOUND', 'That file is no longer open here. Choose it again.');
    return file;
  }
}
