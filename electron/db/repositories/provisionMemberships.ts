import type { EvaluationDecision, ProvisionMembership } from '../../../shared/domain/provision';
import { type Database, prepared } from '../database';

/** One version of a pupil's place in a group. */
export interface MembershipVersion extends ProvisionMembership {
  version: number;
  recorded: { at: string; by: string | null };
}

export type MembershipFields = Omit<MembershipVersion, 'id' | 'groupId' | 'pupilId' | 'version' | 'recorded'>;

type Row = {
  id: string;
  version: number;
  groupId: string;
  pupilId: string;
  startDate: string;
  endDate: string | null;
  entryScore: number | null;
  entryDate: string | null;
  exitScore: number | null;
  exitDate: string | null;
  reviewOutcomeId: string | null;
  evalDecision: EvaluationDecision | null;
  evalReason: string | null;
  evalDate: string | null;
  at: string;
  by: string | null;
};

const columns = `m.membership_id AS id, m.version, m.group_id AS groupId, m.pupil_id AS pupilId, m.start_date AS startDate,
  m.end_date AS endDate, m.entry_score AS entryScore, m.entry_date AS entryDate, m.exit_score AS exitScore, m.exit_date AS exitDate,
  m.review_outcome_id AS reviewOutcomeId, m.eval_decision AS evalDecision, m.eval_reason AS evalReason, m.eval_date AS evalDate,
  m.recorded_at AS at, m.recorded_by AS "by"`;
const latest = `NOT EXISTS (SELECT 1 FROM provision_membership_version n WHERE n.membership_id = m.membership_id AND n.version > m.version)`;

const fromRow = ({ entryScore, entryDate, exitScore, exitDate, evalDecision, evalReason, evalDate, at, by, ...row }: Row): MembershipVersion => ({
  ...row,
  entry: entryScore === null || entryDate === null ? null : { score: entryScore, date: entryDate },
  exit: exitScore === null || exitDate === null ? null : { score: exitScore, date: exitDate },
  evaluation: evalDecision === null ? null : { decision: evalDecision, reason: evalReason ?? '', date: evalDate ?? '' },
  recorded: { at, by },
});

export function latestMembership(db: Database, id: string): MembershipVersion | undefined {
  const row = prepared(db, `SELECT ${columns} FROM provision_membership_version m WHERE m.membership_id = ? ORDER BY m.version DESC LIMIT 1`).get(id) as
    | Row
    | undefined;
  return row && fromRow(row);
}

/** Every version of one membership, newest first. */
export function membershipVersions(db: Database, id: string): MembershipVersion[] {
  return (prepared(db, `SELECT ${columns} FROM provision_membership_version m WHERE m.membership_id = ? ORDER BY m.version DESC`).all(id) as Row[]).map(fromRow);
}

/** The statement's columns, in order, as arrays: at map size (thousands of rows) objects cost twice as much to read. */
type RawRow = [
  id: string, version: number, groupId: string, pupilId: string, startDate: string, endDate: string | null,
  entryScore: number | null, entryDate: string | null, exitScore: number | null, exitDate: string | null,
  reviewOutcomeId: string | null, evalDecision: EvaluationDecision | null, evalReason: string | null, evalDate: string | null,
  at: string, by: string | null,
];

/** The versions in force of every membership of these groups, by group then earliest start. One statement for any number of groups. */
export function membershipsOfGroups(db: Database, groupIds: readonly string[]): MembershipVersion[] {
  if (groupIds.length === 0) return [];
  const rows = prepared(db,
    `SELECT ${columns} FROM provision_membership_version m
     WHERE m.group_id IN (SELECT value FROM json_each(?)) AND ${latest}
     ORDER BY m.group_id, m.start_date, m.membership_id`,
  ).raw(true).all(JSON.stringify(groupIds)) as RawRow[];
  return rows.map(([id, version, groupId, pupilId, startDate, endDate, entryScore, entryDate, exitScore, exitDate, reviewOutcomeId, evalDecision, evalReason, evalDate, at, by]) => ({
    id, version, groupId, pupilId, startDate, endDate,
    entry: entryScore === null || entryDate === null ? null : { score: entryScore, date: entryDate },
    exit: exitScore === null || exitDate === null ? null : { score: exitScore, date: exitDate },
    reviewOutcomeId,
    evaluation: evalDecision === null ? null : { decision: evalDecision, reason: evalReason ?? '', date: evalDate ?? '' },
    recorded: { at, by },
  }));
}

/** The versions in force of every membership a pupil has had. */
export function membershipsOfPupil(db: Database, pupilId: string): MembershipVersion[] {
  const rows = prepared(db,
    `SELECT ${columns} FROM provision_membership_version m WHERE m.pupil_id = ? AND ${latest} ORDER BY m.start_date DESC, m.membership_id`,
  ).all(pupilId) as Row[];
  return rows.map(fromRow);
}

export function insertMembershipVersion(
  db: Database,
  row: { id: string; version: number; groupId: string; pupilId: string; membership: MembershipFields; at: string; by: string | null },
): void {
  const { membership } = row;
  prepared(db,
    `INSERT INTO provision_membership_version (membership_id, version, group_id, pupil_id, start_date, end_date, entry_score, entry_date,
       exit_score, exit_date, review_outcome_id, eval_decision, eval_reason, eval_date, recorded_at, recorded_by)
     VALUES (@id, @version, @groupId, @pupilId, @startDate, @endDate, @entryScore, @entryDate, @exitScore, @exitDate, @reviewOutcomeId,
       @evalDecision, @evalReason, @evalDate, @at, @by)`,
  ).run({
    id: row.id,
    version: row.version,
    groupId: row.groupId,
    pupilId: row.pupilId,
    startDate: membership.startDate,
    endDate: membership.endDate,
    entryScore: membership.entry?.score ?? null,
    entryDate: membership.entry?.date ?? null,
    exitScore: membership.exit?.score ?? null,
    exitDate: membership.exit?.date ?? null,
    reviewOutcomeId: membership.reviewOutcomeId,
    evalDecision: membership.evaluation?.decision ?? null,
    evalReason: membership.evaluation?.reason ?? null,
    evalDate: membership.evaluation?.date ?? null,
    at: row.at,
    by: row.by,
  });
}
