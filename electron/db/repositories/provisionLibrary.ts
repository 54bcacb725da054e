import type { BroadArea } from '../../../shared/domain/sen';
import type { MeasureKind, ProvisionEntry, Wave } from '../../../shared/domain/provision';
import { type Database, prepared } from '../database';

/** One version of a library entry as stored: costs always present (the service hides them). */
export interface EntryVersion extends Omit<ProvisionEntry, 'materialsPence' | 'licencePence'> {
  materialsPence: number;
  licencePence: number;
  version: number;
  recorded: { at: string; by: string | null };
}

export type EntryFields = Omit<EntryVersion, 'id' | 'version' | 'recorded' | 'archived'>;

type Row = {
  id: string;
  version: number;
  name: string;
  description: string;
  evidence: string;
  area: BroadArea;
  wave: Wave;
  defaultRoleId: string | null;
  groupSize: number;
  sessionsPerWeek: number;
  minutesPerSession: number;
  weeks: number;
  materialsPence: number;
  licencePence: number;
  intendedOutcome: string;
  measureKind: MeasureKind;
  measureName: string | null;
  archived: number;
  at: string;
  by: string | null;
};

const columns = `v.entry_id AS id, v.version, v.name, v.description, v.evidence, v.area, v.wave, v.default_role_id AS defaultRoleId,
  v.group_size AS groupSize, v.sessions_per_week AS sessionsPerWeek, v.minutes_per_session AS minutesPerSession, v.weeks,
  v.materials_pence AS materialsPence, v.licence_pence AS licencePence, v.intended_outcome AS intendedOutcome,
  v.measure_kind AS measureKind, v.measure_name AS measureName, v.archived, v.recorded_at AS at, v.recorded_by AS "by"`;
const latest = `NOT EXISTS (SELECT 1 FROM provision_entry_version n WHERE n.entry_id = v.entry_id AND n.version > v.version)`;

const fromRow = ({ measureKind, measureName, archived, at, by, ...row }: Row): EntryVersion => ({
  ...row,
  measure: measureName === null ? { kind: measureKind } : { kind: measureKind, customName: measureName },
  archived: archived === 1,
  recorded: { at, by },
});

/** The version in force of every entry, by name. */
export function listEntries(db: Database, includeArchived: boolean): EntryVersion[] {
  const rows = prepared(db, `SELECT ${columns} FROM provision_entry_version v WHERE ${latest} AND (v.archived = 0 OR ?) ORDER BY v.name, v.entry_id`)
    .all(includeArchived ? 1 : 0) as Row[];
  return rows.map(fromRow);
}

export function latestEntry(db: Database, id: string): EntryVersion | undefined {
  const row = prepared(db, `SELECT ${columns} FROM provision_entry_version v WHERE v.entry_id = ? ORDER BY v.version DESC LIMIT 1`).get(id) as
    | Row
    | undefined;
  return row && fromRow(row);
}

export function insertEntryVersion(
  db: Database,
  row: { id: string; version: number; archived: boolean; entry: EntryFields; at: string; by: string | null },
): void {
  const { entry } = row;
  prepared(db,
    `INSERT INTO provision_entry_version (entry_id, version, name, description, evidence, area, wave, default_role_id, group_size,
       sessions_per_week, minutes_per_session, weeks, materials_pence, licence_pence, intended_outcome, measure_kind, measure_name,
       archived, recorded_at, recorded_by)
     VALUES (@id, @version, @name, @description, @evidence, @area, @wave, @defaultRoleId, @groupSize, @sessionsPerWeek,
       @minutesPerSession, @weeks, @materialsPence, @licencePence, @intendedOutcome, @measureKind, @measureName, @archived, @at, @by)`,
  ).run({
    id: row.id,
    version: row.version,
    name: entry.name,
    description: entry.description,
    evidence: entry.evidence,
    area: entry.area,
    wave: entry.wave,
    defaultRoleId: entry.defaultRoleId,
    groupSize: entry.groupSize,
    sessionsPerWeek: entry.sessionsPerWeek,
    minutesPerSession: entry.minutesPerSession,
    weeks: entry.weeks,
    materialsPence: entry.materialsPence,
    licencePence: entry.licencePence,
    intendedOutcome: entry.intendedOutcome,
    measureKind: entry.measure.kind,
    measureName: entry.measure.customName ?? null,
    archived: row.archived ? 1 : 0,
    at: row.at,
    by: row.by,
  });
}
