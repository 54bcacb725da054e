import type { ProfessionalRole } from '../../../shared/rules/involvement';
import { type Database, prepared } from '../database';

/** A professional's involvement with a pupil, as one version records it. */
export interface InvolvementFields {
  role: ProfessionalRole;
  roleDescription: string | null;
  name: string;
  service: string | null;
  phone: string | null;
  email: string | null;
  startDate: string;
  endDate: string | null;
  notes: string | null;
}

export interface InvolvementVersion extends InvolvementFields {
  version: number;
  recorded: { at: string; by: string | null };
}

export interface InvolvementRecord {
  id: string;
  /** Newest first: the first is the version in force. */
  versions: InvolvementVersion[];
}

const columns = `involvement_id AS id, version, role, role_description AS roleDescription, name, service, phone, email,
  start_date AS startDate, end_date AS endDate, notes, recorded_at AS at, recorded_by AS "by"`;

type Row = Omit<InvolvementVersion, 'recorded'> & { id: string; at: string; by: string | null };
const fromRow = ({ id: _id, at, by, ...row }: Row): InvolvementVersion => ({ ...row, recorded: { at, by } });

export function insertInvolvementVersion(
  db: Database,
  row: { involvementId: string; pupilId: string; version: number; involvement: InvolvementFields; at: string; by: string | null },
): void {
  prepared(db,
    `INSERT INTO involvement_version (involvement_id, version, pupil_id, role, role_description, name, service, phone,
       email, start_date, end_date, notes, recorded_at, recorded_by)
     VALUES (@involvementId, @version, @pupilId, @role, @roleDescription, @name, @service, @phone, @email, @startDate,
       @endDate, @notes, @at, @by)`,
  ).run({ ...row.involvement, involvementId: row.involvementId, version: row.version, pupilId: row.pupilId, at: row.at, by: row.by });
}

export function latestInvolvement(db: Database, pupilId: string, involvementId: string): InvolvementVersion | undefined {
  const row = prepared(db,
    `SELECT ${columns} FROM involvement_version WHERE pupil_id = ? AND involvement_id = ? ORDER BY version DESC LIMIT 1`,
  ).get(pupilId, involvementId) as Row | undefined;
  return row && fromRow(row);
}

/** Every involvement with all its versions: current ones first, then ended; each by start date, newest first. */
export function pupilInvolvements(db: Database, pupilId: string): InvolvementRecord[] {
  const rows = prepared(db,
    `SELECT ${columns} FROM involvement_version WHERE pupil_id = ? ORDER BY involvement_id, version DESC`,
  ).all(pupilId) as Row[];
  const byId = new Map<string, InvolvementVersion[]>();
  for (const row of rows) {
    const versions = byId.get(row.id) ?? [];
    versions.push(fromRow(row));
    byId.set(row.id, versions);
  }
  const records = [...byId].map(([id, versions]) => ({ id, versions }));
  const key = (r: InvolvementRecord) => r.versions[0] as InvolvementVersion;
  return records.sort(
    (a, b) => Number(key(a).endDate !== null) - Number(key(b).endDate !== null) || key(b).startDate.localeCompare(key(a).startDate),
  );
}
