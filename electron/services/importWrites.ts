import { randomUUID } from 'node:crypto';
import { senHistoryFromCtf } from '../../shared/rules/ctfHistory';
import type { ImportedPupil } from '../../shared/rules/pupilImport';
import { checkUpn, normaliseUpn } from '../../shared/rules/upn';
import type { Database } from '../db/database';
import { type AuditEntry, appendAudit } from '../db/repositories/auditLog';
import { type PupilDetails, blankPupilDetails, detailsOf, insertPupil, pupilById, pupilIdsByUpn, updatePupil } from '../db/repositories/pupils';
import { insertSenNeed, insertSenStatus, senStatusHistory } from '../db/repositories/senHistory';
import type { CtfPupil } from '../imports/ctfTypes';

/** Who is importing and when: every row, revision and audit entry of one import carries the same. */
export interface ImportActor {
  at: string;
  actorId: string;
}

/** Called every so many rows with how many are written, so a long import can show how far it has got. */
export type RowsWritten = (done: number) => void;

export interface CsvWrite {
  rows: ImportedPupil[];
  leavers: { pupilIds: string[]; leavingDate: string } | null;
}

export interface ImportCounts {
  added: number;
  updated: number;
  leavers: number;
  histories: number;
}

const EVERY = 25;
const audit = (db: Database, who: ImportActor, entry: Omit<AuditEntry, 'at' | 'actorId'>) => appendAudit(db, { ...entry, at: who.at, actorId: who.actorId });

/**
 * The body of a CSV import's one transaction: the caller runs it inside
 * BEGIN IMMEDIATE, so the UPN lookup, every write and the audit chain see no
 * other writer. Only the mapped columns change; what the SENCO owns is never
 * in `rows`. Synchronous throughout.
 */
export function writeCsvImport(db: Database, plan: CsvWrite, who: ImportActor, progress: RowsWritten): ImportCounts {
  const recorded = { at: who.at, by: who.actorId, source: 'csv' as const };
  const byUpn = pupilIdsByUpn(db);
  let added = 0;
  let updated = 0;
  plan.rows.forEach((pupil, i) => {
    const existingId = typeof pupil.upn === 'string' ? byUpn.get(normaliseUpn(pupil.upn)) : undefined;
    const existing = existingId ? pupilById(db, existingId) : undefined;
    const details = { ...(existing ? detailsOf(existing) : blankPupilDetails), ...pupil } as PupilDetails;
    if (existing) {
      updatePupil(db, existing.id, details, recorded);
      audit(db, who, { action: 'pupil.updated', subject: existing.id, detail: { source: 'csv' } });
      updated++;
    } else {
      const id = randomUUID();
      insertPupil(db, id, details, recorded);
      audit(db, who, { action: 'pupil.added', subject: id, detail: { source: 'csv' } });
      added++;
    }
    if ((i + 1) % EVERY === 0) progress(i + 1);
  });
  for (const pupilId of plan.leavers?.pupilIds ?? []) {
    const pupil = pupilById(db, pupilId);
    if (!pupil || pupil.leavingDate) continue;
    updatePupil(db, pupilId, { ...detailsOf(pupil), leavingDate: plan.leavers?.leavingDate ?? null }, recorded);
    audit(db, who, { action: 'pupil.left', subject: pupilId, detail: { source: 'csv' } });
  }
  const leavers = plan.leavers?.pupilIds.length ?? 0;
  audit(db, who, { action: 'import.csv', detail: { added, updated, leavers } });
  progress(plan.rows.length);
  return { added, updated, leavers, histories: 0 };
}

/**
 * The body of a CTF import's one transaction. SEN history comes in only for
 * a pupil with none here: another school's file never overwrites the SENCO's.
 */
export function writeCtfImport(db: Database, pupils: readonly CtfPupil[], who: ImportActor, progress: RowsWritten): ImportCounts {
  const recorded = { at: who.at, by: who.actorId, source: 'ctf' as const };
  const known = pupilIdsByUpn(db);
  let added = 0;
  let updated = 0;
  let histories = 0;
  pupils.forEach((pupil, i) => {
    if ((i + 1) % EVERY === 0) progress(i + 1);
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
    audit(db, who, { action: current ? 'pupil.updated' : 'pupil.added', subject: id, detail: { source: 'ctf' } });
    if (senStatusHistory(db, id).length > 0) return;
    const history = senHistoryFromCtf(pupil.senHistory);
    for (const status of history.statuses) {
      insertSenStatus(db, {
        id: randomUUID(), pupilId: id, ...status, decisionDate: null, decidedBy: null, consulted: [],
        parentsInformedOn: null, note: 'From a Common Transfer File', recorded,
      });
    }
    for (const need of history.needs) insertSenNeed(db, { id: randomUUID(), pupilId: id, needType: need.type, rank: need.rank, startDate: need.startDate, endDate: need.endDate, recorded });
    if (history.statuses.length > 0) histories++;
  });
  audit(db, who, { action: 'import.ctf', detail: { added, updated, histories } });
  progress(pupils.length);
  return { added, updated, leavers: 0, histories };
}
