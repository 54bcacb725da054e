import { type Database, prepared } from '../database';
import type { Recorded } from './pupils';

/** A pupil causing concern who is not on the register (REFERENCE §2: counts as N). */
export interface MonitoringEntry {
  id: string;
  pupilId: string;
  reason: string;
  addedOn: string;
  raisedBy: string;
  reviewOn: string | null;
  closedOn: string | null;
  outcome: 'moved-to-sen-support' | 'closed' | null;
  outcomeNote: string | null;
  recorded: Omit<Recorded, 'source'>;
}

const columns = `id, pupil_id AS pupilId, reason, added_on AS addedOn, raised_by AS raisedBy, review_on AS reviewOn,
  closed_on AS closedOn, outcome, outcome_note AS outcomeNote, recorded_at AS at, recorded_by AS "by"`;

type Row = Omit<MonitoringEntry, 'recorded'> & { at: string; by: string | null };
const fromRow = ({ at, by, ...row }: Row): MonitoringEntry => ({ ...row, recorded: { at, by } });

export function insertMonitoring(db: Database, entry: MonitoringEntry): void {
  prepared(db, 
    `INSERT INTO monitoring (id, pupil_id, reason, added_on, raised_by, review_on, closed_on, outcome, outcome_note,
       recorded_at, recorded_by)
     VALUES (@id, @pupilId, @reason, @addedOn, @raisedBy, @reviewOn, @closedOn, @outcome, @outcomeNote, @at, @by)`,
  ).run({ ...entry, ...entry.recorded });
}

export function closeMonitoring(
  db: Database,
  id: string,
  closedOn: string,
  outcome: NonNullable<MonitoringEntry['outcome']>,
  note: string | null,
): void {
  prepared(db, 'UPDATE monitoring SET closed_on = ?, outcome = ?, outcome_note = ? WHERE id = ? AND closed_on IS NULL').run(
    closedOn,
    outcome,
    note,
    id,
  );
}

export function openMonitoring(db: Database, pupilId: string): MonitoringEntry | undefined {
  const row = prepared(db, `SELECT ${columns} FROM monitoring WHERE pupil_id = ? AND closed_on IS NULL`).get(pupilId) as Row | undefined;
  return row && fromRow(row);
}

export function monitoringHistory(db: Database, pupilId: string): MonitoringEntry[] {
  const rows = prepared(db, `SELECT ${columns} FROM monitoring WHERE pupil_id = ? ORDER BY added_on, recorded_at`).all(pupilId) as Row[];
  return rows.map(fromRow);
}
