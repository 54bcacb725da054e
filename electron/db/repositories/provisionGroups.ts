import type { BroadArea } from '../../../shared/domain/sen';
import type { EvaluationDecision, GroupStaff, MeasureKind, ProvisionGroup, TimetableSlot, Wave, Weekday } from '../../../shared/domain/provision';
import { type Database, prepared } from '../database';

/** One version of a group as stored: costs always present (the service hides them). */
export interface GroupVersion extends Omit<ProvisionGroup, 'materialsPence' | 'licencePence'> {
  materialsPence: number;
  licencePence: number;
  version: number;
  recorded: { at: string; by: string | null };
}

export type GroupFields = Omit<GroupVersion, 'id' | 'version' | 'recorded'>;

export interface GroupFilter {
  /** Groups that ran on any day from `from` to `to`, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  area?: BroadArea | undefined;
  wave?: Wave | undefined;
}

type Row = {
  id: string;
  version: number;
  provisionId: string | null;
  name: string;
  area: BroadArea;
  wave: Wave;
  measureKind: MeasureKind;
  measureName: string | null;
  intendedOutcome: string;
  sessionsPerWeek: number;
  minutesPerSession: number;
  weeks: number;
  materialsPence: number;
  licencePence: number;
  room: string;
  startDate: string;
  endDate: string | null;
  evalDecision: EvaluationDecision | null;
  evalReason: string | null;
  evalDate: string | null;
  at: string;
  by: string | null;
};

const columns = `v.group_id AS id, v.version, v.provision_id AS provisionId, v.name, v.area, v.wave, v.measure_kind AS measureKind,
  v.measure_name AS measureName, v.intended_outcome AS intendedOutcome, v.sessions_per_week AS sessionsPerWeek,
  v.minutes_per_session AS minutesPerSession, v.weeks, v.materials_pence AS materialsPence, v.licence_pence AS licencePence,
  v.room, v.start_date AS startDate, v.end_date AS endDate, v.eval_decision AS evalDecision, v.eval_reason AS evalReason,
  v.eval_date AS evalDate, v.recorded_at AS at, v.recorded_by AS "by"`;
const latest = `NOT EXISTS (SELECT 1 FROM provision_group_version n WHERE n.group_id = v.group_id AND n.version > v.version)`;
const order = 'ORDER BY v.start_date, v.name, v.group_id';

type Children = { staff: Map<string, GroupStaff[]>; timetable: Map<string, TimetableSlot[]> };

/**
 * Staff and timetables of the given group versions: one statement per table
 * whatever the number of groups, so the whole-school map stays one read a table.
 */
function childrenOf(db: Database, rows: readonly { id: string; version: number }[]): Children {
  const keys = JSON.stringify(rows.map((row) => [row.id, row.version]));
  const join = `JOIN json_each(?) k ON c.group_id = json_extract(k.value, '$[0]') AND c.version = json_extract(k.value, '$[1]')`;
  const staff = new Map<string, GroupStaff[]>();
  const staffRows = prepared(db, `SELECT c.group_id AS id, c.name, c.role_id AS roleId FROM provision_group_staff c ${join} ORDER BY c.group_id, c.position`)
    .all(keys) as { id: string; name: string; roleId: string }[];
  for (const { id, ...member } of staffRows) (staff.get(id) ?? staff.set(id, []).get(id)!).push(member);
  const timetable = new Map<string, TimetableSlot[]>();
  const slotRows = prepared(db,
    `SELECT c.group_id AS id, c.day, c.start_time AS start, c.end_time AS "end" FROM provision_group_slot c ${join} ORDER BY c.group_id, c.position`,
  ).all(keys) as { id: string; day: Weekday; start: string; end: string }[];
  for (const { id, ...slot } of slotRows) (timetable.get(id) ?? timetable.set(id, []).get(id)!).push(slot);
  return { staff, timetable };
}

function fromRows(db: Database, rows: Row[]): GroupVersion[] {
  if (rows.length === 0) return [];
  const { staff, timetable } = childrenOf(db, rows);
  return rows.map(({ measureKind, measureName, evalDecision, evalReason, evalDate, at, by, ...row }) => ({
    ...row,
    measure: measureName === null ? { kind: measureKind } : { kind: measureKind, customName: measureName },
    staff: staff.get(row.id) ?? [],
    timetable: timetable.get(row.id) ?? [],
    evaluation: evalDecision === null ? null : { decision: evalDecision, reason: evalReason ?? '', date: evalDate ?? '' },
    recorded: { at, by },
  }));
}

export function latestGroup(db: Database, id: string): GroupVersion | undefined {
  const row = prepared(db, `SELECT ${columns} FROM provision_group_version v WHERE v.group_id = ? ORDER BY v.version DESC LIMIT 1`).get(id) as
    | Row
    | undefined;
  return row ? fromRows(db, [row])[0] : undefined;
}

/** The version in force of every group the filter lets through, earliest start first. */
export function listGroups(db: Database, filter: GroupFilter): GroupVersion[] {
  const rows = prepared(db,
    `SELECT ${columns} FROM provision_group_version v
     WHERE ${latest}
       AND (@to IS NULL OR v.start_date <= @to) AND (@from IS NULL OR v.end_date IS NULL OR v.end_date >= @from)
       AND (@area IS NULL OR v.area = @area) AND (@wave IS NULL OR v.wave = @wave)
     ${order}`,
  ).all({ from: filter.from ?? null, to: filter.to ?? null, area: filter.area ?? null, wave: filter.wave ?? null }) as Row[];
  return fromRows(db, rows);
}

/**
 * The groups whose version in force ran on any day of [from, to]. Written
 * without optional parameters so SQLite can walk the start-date index: this
 * is the whole-school map's read.
 */
export function groupsOverlapping(db: Database, from: string, to: string): GroupVersion[] {
  const rows = prepared(db,
    `SELECT ${columns} FROM provision_group_version v
     WHERE v.start_date <= @to AND (v.end_date IS NULL OR v.end_date >= @from) AND ${latest}
     ${order}`,
  ).all({ from, to }) as Row[];
  return fromRows(db, rows);
}

/** The versions in force of these groups (those that exist), earliest start first. */
export function groupsByIds(db: Database, ids: readonly string[]): GroupVersion[] {
  const rows = prepared(db,
    `SELECT ${columns} FROM provision_group_version v
     WHERE v.group_id IN (SELECT value FROM json_each(?)) AND ${latest}
     ${order}`,
  ).all(JSON.stringify(ids)) as Row[];
  return fromRows(db, rows);
}

/** Writes one version of a group with its staff and timetable. Call inside the transaction of the change. */
export function insertGroupVersion(
  db: Database,
  row: { id: string; version: number; group: GroupFields; at: string; by: string | null },
): void {
  const { group } = row;
  prepared(db,
    `INSERT INTO provision_group_version (group_id, version, provision_id, name, area, wave, measure_kind, measure_name,
       intended_outcome, sessions_per_week, minutes_per_session, weeks, materials_pence, licence_pence, room, start_date, end_date,
       eval_decision, eval_reason, eval_date, recorded_at, recorded_by)
     VALUES (@id, @version, @provisionId, @name, @area, @wave, @measureKind, @measureName, @intendedOutcome, @sessionsPerWeek,
       @minutesPerSession, @weeks, @materialsPence, @licencePence, @room, @startDate, @endDate, @evalDecision, @evalReason, @evalDate,
       @at, @by)`,
  ).run({
    id: row.id,
    version: row.version,
    provisionId: group.provisionId,
    name: group.name,
    area: group.area,
    wave: group.wave,
    measureKind: group.measure.kind,
    measureName: group.measure.customName ?? null,
    intendedOutcome: group.intendedOutcome,
    sessionsPerWeek: group.sessionsPerWeek,
    minutesPerSession: group.minutesPerSession,
    weeks: group.weeks,
    materialsPence: group.materialsPence,
    licencePence: group.licencePence,
    room: group.room,
    startDate: group.startDate,
    endDate: group.endDate,
    evalDecision: group.evaluation?.decision ?? null,
    evalReason: group.evaluation?.reason ?? null,
    evalDate: group.evaluation?.date ?? null,
    at: row.at,
    by: row.by,
  });
  group.staff.forEach((member, index) => {
    prepared(db, 'INSERT INTO provision_group_staff (group_id, version, position, name, role_id) VALUES (?, ?, ?, ?, ?)').run(
      row.id,
      row.version,
      index + 1,
      member.name,
      member.roleId,
    );
  });
  group.timetable.forEach((slot, index) => {
    prepared(db, 'INSERT INTO provision_group_slot (group_id, version, position, day, start_time, end_time) VALUES (?, ?, ?, ?, ?, ?)').run(
      row.id,
      row.version,
      index + 1,
      slot.day,
      slot.start,
      slot.end,
    );
  });
}
