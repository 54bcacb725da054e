import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { senHistoryFromCtf } from '../../shared/rules/ctfHistory';
import { checkUpn, normaliseUpn } from '../../shared/rules/upn';
import { parseCtf } from '../imports/ctf';
import { CTF_MAX_BYTES, type CtfPupil } from '../imports/ctfTypes';
import { type PupilDetails, blankPupilDetails, detailsOf, insertPupil, pupilById, pupilIdsByUpn, updatePupil } from '../db/repositories/pupils';
import { insertSenNeed, insertSenStatus, senStatusHistory } from '../db/repositories/senHistory';
import { AppFailure } from '../failure';
import type { Dialogs } from '../platform/platform';
import type { SessionService } from './session';


/**
 * Pupils and their SEN history from a Common Transfer File (REFERENCE §6).
 * A malformed file is refused whole, with the line and the reason. SEN
 * history comes in only for pupils the vault has no SEN history for: what
 * the SENCO has recorded is never overwritten by another school's file.
 */
export class CtfImportService {
  private readonly files = new Map<string, { fileName: string; pupils: CtfPupil[]; warnings: { line: number; message: string }[] }>();

  constructor(
    private readonly session: SessionService,
    private readonly dialogs: Dialogs,
  ) {
    session.whenLocked(() => this.files.clear());
  }

  async choose() {
    const path = await this.dialogs.openFile({ title: 'Choose a Common Transfer File (CTF)', filters: [{ name: 'CTF (XML)', extensions: ['xml'] }] });
    if (!path) return null;
    if (statSync(path).size > CTF_MAX_BYTES) throw new AppFailure('INVALID_INPUT', 'That file is over 50 MB: far larger than a CTF.');
    const parsed = parseCtf(readFileSync(path, 'utf8'));
    if (!parsed.ok) throw new AppFailure('INVALID_INPUT', `The CTF was not imported: nothing has changed. ${parsed.reason}`);
    const importId = randomUUID();
    this.files.set(importId, { fileName: basename(path), pupils: parsed.pupils, warnings: parsed.warnings });
    return { importId, fileName: basename(path), ...this.preview(importId) };
  }

  preview(importId: string) {
    const file = this.file(importId);
    const known = pupilIdsByUpn(this.session.db());
    const pupils = file.pupils.map((pupil) => {
      const history = senHistoryFromCtf(pupil.senHistory);
      return {
        line: pupil.line,
        name: `${pupil.preferredForename ?? pupil.forename} ${pupil.preferredSurname ?? pupil.surname}`,
        upn: pupil.upn,
        upnProblems: checkUpn(pupil.upn).errors,
        action: known.has(normaliseUpn(pupil.upn)) ? ('update' as const) : ('new' as const),
        senPeriods: history.statuses.length,
        warnings: history.warnings,
      };
    });
    return { pupils, warnings: file.warnings };
  }

  /** One transaction: every pupil, or none. */
  commit(importId: string) {
    const { db, user } = this.session.open();
    const file = this.file(importId);
    const known = pupilIdsByUpn(this.session.db());
    const recorded = { at: this.session.now().toISOString(), by: user.id, source: 'ctf' as const };
    const counts = db.transaction(() => {
      let added = 0;
      let updated = 0;
      let histories = 0;
      for (const pupil of file.pupils) {
        const existing = known.get(normaliseUpn(pupil.upn));
        const current = existing ? pupilById(db, existing) : undefined;
        const details: PupilDetails = {
          ...(current ? detailsOf(current) : blankPupilDetails),
          upn: checkUpn(pupil.upn).upn || null,
          legalSurname: pupil.surname,
          legalForename: pupil.forename,
          dateOfBirth: pupil.dateOfBirth,
          sex: pupil.sex ?? current?.sex ?? null,
          ...(pupil.preferredSurname ? { preferredSurname: pupil.preferredSurname } : {}),
          ...(pupil.preferredForename ? { preferredForename: pupil.preferredForename } : {}),
          ...(pupil.formerUpn ? { formerUpn: pupil.formerUpn } : {}),
          ...(pupil.ncYear ? { ncYear: pupil.ncYear } : {}),
        };
        const id = current?.id ?? randomUUID();
        if (current) {
          updatePupil(db, id, details, recorded);
          updated++;
        } else {
          insertPupil(db, id, details, recorded);
          added++;
        }
        this.session.audit({ action: current ? 'pupil.updated' : 'pupil.added', subject: id, detail: { source: 'ctf' } });
        if (senStatusHistory(db, id).length > 0) continue;
        const history = senHistoryFromCtf(pupil.senHistory);
        for (const status of history.statuses) {
          insertSenStatus(db, {
            id: randomUUID(), pupilId: id, ...status, decisionDate: null, decidedBy: null, consulted: [],
            parentsInformedOn: null, note: 'From a Common Transfer File', recorded,
          });
        }
        for (const need of history.needs) insertSenNeed(db, { id: randomUUID(), pupilId: id, needType: need.type, rank: need.rank, startDate: need.startDate, endDate: need.endDate, recorded });
        if (history.statuses.length > 0) histories++;
      }
      this.session.audit({ action: 'import.ctf', detail: { added, updated, histories } });
      return { added, updated, histories };
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
