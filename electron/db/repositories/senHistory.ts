import { type Database, prepared } from '../database';
import type { Recorded } from './pupils';

export type Provision = 'E' | 'K' | 'N' | 'S' | 'A' | 'P';
export type Consulted = 'class-teacher' | 'parents' | 'pupil';

/**
 * One period of SEN provision. Periods are half-open: a status runs from
 * `startDate` up to (not including) `endDate`, the day the next one starts.
 */
export interface SenStatus {
  id: string;
  pupilId: string;
  provision: Provision;
  startDate: string;
  endDate: string | null;
  decisionDate: string | null;
  decidedBy: string | null;
  consulted: Consulted[];
  parentsInformedOn: string | null;
  note: string | null;
  recorded: Recorded;
}

export interface SenNeed {
  id: string;
  pupilId: string;
  needType: string;
  rank: number;
  startDate: string;
  endDate: string | null;
  recorded: Recorded;
}

const statusColumns = `id, pupil_id AS pupilId, provision, start_date AS startDate, end_date AS endDate,
  decision_date AS decisionDate, decided_by AS decidedBy, consulted, parents_informed_on AS parentsInformedOn, note,
  source, recorded_at AS at, recorded_by AS "by"`;

type StatusRow = Omit<SenStatus, 'consulted' | 'recorded'> & { consulted: string } & Recorded;

const statusFromRow = ({ source, at, by, consulted, ...row }: StatusRow): SenStatus => ({
  ...row,
  consulted: JSON.parse(consulted) as Consulted[],
  recorded: { source, at, by },
});

export function insertSenStatus(db: Database, status: SenStatus): void {
  prepared(db, 
    `INSERT INTO sen_status (id, pupil_id, provision, start_date, end_date, decision_date, decided_by, consulted,
       parents_informed_on, note, source, recorded_at, recorded_by)
     VALUES (@id, @pupilId, @provision, @startDate, @endDate, @decisionDate, @decidedBy, @consulted,
       @parentsInformedOn, @note, @source, @at, @by)`,
  ).run({ ...status, consulted: JSON.stringify(status.consulted), ...status.recorded });
}

export function closeSenStatus(db: Database, id: string, endDate: string): void {
  prepared(db, 'UPDATE sen_status SET end_date = ? WHERE id = ? AND end_date IS NULL').run(endDate, id);
}

export function openSenStatus(db: Database, pupilId: string): SenStatus | undefined {
  const row = prepared(db, `SELECT ${statusColumns} FROM sen_status WHERE pupil_id = ? AND end_date IS NULL`).get(pupilId) as
    | StatusRow
    | undefined;
  return row && statusFromRow(row);
}

/** Oldest first; ties (a same-day change) in the order they were recorded. */
export function senStatusHistory(db: Database, pupilId: string): SenStatus[] {
  const rows = prepared(db, `SELECT ${statusColumns} FROM sen_status WHERE pupil_id = ? ORDER BY start_date, recorded_at, rowid`)
    .all(pupilId) as StatusRow[];
  return rows.map(statusFromRow);
}

const needColumns = `id, pupil_id AS pupilId, need_type AS needType, rank, start_date AS startDate, end_date AS endDate,
  source, recorded_at AS at, recorded_by AS "by"`;

type NeedRow = Omit<SenNeed, 'recorded'> & Recorded;
const needFromRow = ({ source, at, by, ...row }: NeedRow): SenNeed => ({ ...row, recorded: { source, at, by } });

export function insertSenNeed(db: Database, need: SenNeed): void {
  prepared(db, 
    `INSERT INTO sen_need (id, pupil_id, need_type, rank, start_date, end_date, source, recorded_at, recorded_by)
     VALUES (@id, @pupilId, @needType, @rank, @startDate, @endDate, @source, @at, @by)`,
  ).run({ ...need, ...need.recorded });
}

export function endSenNeed(db: Database, id: string, endDate: string): void {
  prepared(db, 'UPDATE sen_need SET end_date = ? WHERE id = ? AND end_date IS NULL').run(endDate, id);
}

export function openSenNeeds(db: Database, pupilId: string): SenNeed[] {
  const rows = prepared(db, `SELECT ${needColumns} FROM sen_need WHERE pupil_id = ? AND end_date IS NULL ORDER BY rank`).all(pupilId) as NeedRow[];
  return rows.map(needFromRow);
}

export function senNeedHistory(db: Database, pupilId: string): SenNeed[] {
  const rows = prepared(db, `SELECT ${needColumns} FROM sen_need WHERE pupil_id = ? ORDER BY start_date, rank, recorded_at`)
    .all(pupilId) as NeedRow[];
  return rows.map(needFromRow);
}
