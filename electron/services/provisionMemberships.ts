import { randomUUID } from 'node:crypto';
import type { BroadArea } from '../../shared/domain/sen';
import type { Evaluation, Measure, Score, Wave } from '../../shared/domain/provision';
import type { Database } from '../db/database';
import { type GroupVersion, groupsByIds, latestGroup } from '../db/repositories/provisionGroups';
import {
  insertMembershipVersion,
  latestMembership,
  type MembershipFields,
  type MembershipVersion,
  membershipsOfGroups,
  membershipsOfPupil,
  membershipVersions,
} from '../db/repositories/provisionMemberships';
import { listReviewOutcomes, reviewOutcomeById } from '../db/repositories/provisionOutcomes';
import { type ProvisionPupilRow, provisionPupil } from '../db/repositories/provisionPupils';
import { AppFailure } from '../failure';
import { PROVISION_READERS, PROVISION_WRITERS, longDate, requireRole, scoreProblem } from './provisionAccess';
import type { SessionService } from './session';

export interface Joiner {
  pupilId: string;
  startDate: string;
  entry: Score | null;
}

/** One provision a pupil has had, for their file. */
export interface PupilProvisionRow {
  membershipId: string;
  groupId: string;
  groupName: string;
  area: BroadArea;
  wave: Wave;
  startDate: string;
  endDate: string | null;
  entry: Score | null;
  exit: Score | null;
  measure: Measure;
  outcome: { id: string; label: string; score: number } | null;
  evaluation: Evaluation | null;
}

const noMembership = () => new AppFailure('NOT_FOUND', 'There is no such place in a group.');
const stale = () =>
  new AppFailure('NOT_ALLOWED', "This pupil's place in the group was changed since the form was opened. Open it again to see the changes, then make yours.");

/**
 * The pupils in a group, each with their own dates, scores, review outcome and
 * evaluation. Every change is a new version with who and when; nothing is
 * deleted. A pupil who leaves and re-joins has a second membership.
 */
export class ProvisionMembershipsService {
  constructor(private readonly session: SessionService) {}

  /** Adds one or many pupils at once, each with their own start date and entry score: all or none. */
  add(groupId: string, joiners: readonly Joiner[]): string[] {
    requireRole(this.session, PROVISION_WRITERS);
    const { db, user } = this.session.open();
    const ids = joiners.map(() => randomUUID());
    db.transaction(() => {
      const group = latestGroup(db, groupId);
      if (!group) throw new AppFailure('NOT_FOUND', 'There is no such group.');
      const memberships: { startDate: string; endDate: string | null; pupilId: string; id: string }[] = membershipsOfGroups(db, [groupId]);
      const at = this.session.now().toISOString();
      joiners.forEach((joiner, index) => {
        const which = joiners.length > 1 ? `Pupil ${index + 1} of ${joiners.length}: ` : '';
        const pupil = provisionPupil(db, joiner.pupilId);
        if (!pupil) throw new AppFailure('NOT_FOUND', `${which}there is no such pupil in this vault.`);
        const fields: MembershipFields = { startDate: joiner.startDate, endDate: null, entry: joiner.entry, exit: null, reviewOutcomeId: null, evaluation: null };
        const problem = membershipProblem(group, pupil, fields, memberships.filter((m) => m.pupilId === joiner.pupilId));
        if (problem) throw new AppFailure('INVALID_INPUT', `${which}${problem}`);
        const id = ids[index]!;
        insertMembershipVersion(db, { id, version: 1, groupId, pupilId: joiner.pupilId, membership: fields, at, by: user.id });
        memberships.push({ id, pupilId: joiner.pupilId, startDate: fields.startDate, endDate: null });
        this.session.audit({ action: 'provision.membership.added', subject: joiner.pupilId, detail: { membershipId: id, groupId, version: 1 } });
      });
    })();
    return ids;
  }

  changeDates(membershipId: string, version: number, startDate: string, endDate: string | null): { id: string; version: number } {
    return this.change(membershipId, version, 'provision.membership.dates', (m) => ({ ...m, startDate, endDate }));
  }

  /** Null clears a score recorded by mistake; the earlier version keeps it. */
  recordEntry(membershipId: string, version: number, entry: Score | null): { id: string; version: number } {
    return this.change(membershipId, version, 'provision.membership.entry', (m) => ({ ...m, entry }));
  }

  recordExit(membershipId: string, version: number, exit: Score | null): { id: string; version: number } {
    return this.change(membershipId, version, 'provision.membership.exit', (m) => ({ ...m, exit }));
  }

  recordOutcome(membershipId: string, version: number, reviewOutcomeId: string | null): { id: string; version: number } {
    return this.change(membershipId, version, 'provision.membership.outcome', (m, db) => {
      if (reviewOutcomeId !== null) {
        const outcome = reviewOutcomeById(db, reviewOutcomeId);
        if (!outcome) throw new AppFailure('INVALID_INPUT', "Choose the review outcome from the school's list.");
        if (outcome.archived && outcome.id !== m.reviewOutcomeId) {
          throw new AppFailure('INVALID_INPUT', "That review outcome is no longer in use. Choose one from the school's list.");
        }
      }
      return { ...m, reviewOutcomeId };
    });
  }

  evaluate(membershipId: string, version: number, evaluation: Evaluation | null): { id: string; version: number } {
    return this.change(membershipId, version, 'provision.membership.evaluated', (m) => {
      if (evaluation && evaluation.date < m.startDate) {
        throw new AppFailure('INVALID_INPUT', `The evaluation cannot be dated before the pupil joined the group (${longDate(m.startDate)}).`);
      }
      return { ...m, evaluation };
    });
  }

  end(membershipId: string, version: number, endDate: string): { id: string; version: number } {
    return this.change(membershipId, version, 'provision.membership.ended', (m) => ({ ...m, endDate }));
  }

  /** Every version of one membership, newest first. */
  history(membershipId: string): MembershipVersion[] {
    requireRole(this.session, PROVISION_READERS);
    const versions = membershipVersions(this.session.db(), membershipId);
    if (versions.length === 0) throw noMembership();
    return versions;
  }

  /** Every provision the pupil has had, newest first: for their file. */
  pupilHistory(pupilId: string): PupilProvisionRow[] {
    requireRole(this.session, PROVISION_READERS);
    const db = this.session.db();
    if (!provisionPupil(db, pupilId)) throw new AppFailure('NOT_FOUND', 'There is no such pupil in this vault.');
    const memberships = membershipsOfPupil(db, pupilId);
    const groups = new Map(groupsByIds(db, memberships.map((m) => m.groupId)).map((g) => [g.id, g]));
    const outcomes = new Map(listReviewOutcomes(db, true).map((o) => [o.id, o]));
    return memberships.flatMap((m) => {
      const group = groups.get(m.groupId);
      if (!group) return [];
      const outcome = m.reviewOutcomeId ? outcomes.get(m.reviewOutcomeId) : undefined;
      return [{
        membershipId: m.id,
        groupId: group.id,
        groupName: group.name,
        area: group.area,
        wave: group.wave,
        startDate: m.startDate,
        endDate: m.endDate ?? group.endDate,
        entry: m.entry,
        exit: m.exit,
        measure: group.measure,
        outcome: outcome ? { id: outcome.id, label: outcome.label, score: outcome.score } : null,
        evaluation: m.evaluation,
      }];
    });
  }

  private change(
    membershipId: string,
    version: number,
    action: string,
    next: (current: MembershipFields, db: Database) => MembershipFields,
  ): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    const { db, user } = this.session.open();
    db.transaction(() => {
      const current = latestMembership(db, membershipId);
      if (!current) throw noMembership();
      if (current.version !== version) throw stale();
      const group = latestGroup(db, current.groupId);
      const pupil = provisionPupil(db, current.pupilId);
      if (!group || !pupil) throw noMembership();
      const { id, groupId, pupilId, version: _v, recorded: _r, ...fields } = current;
      const changed = next(fields, db);
      const others = membershipsOfGroups(db, [groupId]).filter((m) => m.pupilId === pupilId && m.id !== id);
      const problem = membershipProblem(group, pupil, changed, others, fields.startDate);
      if (problem) throw new AppFailure('INVALID_INPUT', problem);
      insertMembershipVersion(db, { id, version: version + 1, groupId, pupilId, membership: changed, at: this.session.now().toISOString(), by: user.id });
      this.session.audit({ action, subject: pupilId, detail: { membershipId: id, groupId, version: version + 1 } });
    })();
    return { id: membershipId, version: version + 1 };
  }
}

/**
 * What is wrong with a pupil's place in a group, in words the SENCO can act
 * on; null when nothing is. `recordedStart` is the start already on the
 * record: a pupil who has since left the school keeps the place they had.
 */
export function membershipProblem(
  group: GroupVersion,
  pupil: ProvisionPupilRow,
  m: MembershipFields,
  others: readonly { startDate: string; endDate: string | null }[],
  recordedStart?: string,
): string | null {
  if (m.endDate !== null && m.endDate < m.startDate) return 'The pupil must leave on or after the date they joined.';
  if (m.startDate < group.startDate) return `A pupil cannot join before the group starts (${longDate(group.startDate)}).`;
  if (group.endDate !== null && m.startDate > group.endDate) return `A pupil cannot join after the group ends (${longDate(group.endDate)}).`;
  if (group.endDate !== null && m.endDate !== null && m.endDate > group.endDate) {
    return `A pupil cannot stay in the group after it ends (${longDate(group.endDate)}).`;
  }
  if (recordedStart !== m.startDate) {
    if (pupil.admissionDate !== null && m.startDate < pupil.admissionDate) {
      return `The pupil was admitted to the school on ${longDate(pupil.admissionDate)}, after that start date.`;
    }
    if (pupil.leavingDate !== null && pupil.leavingDate <= m.startDate) {
      return `The pupil left the school on ${longDate(pupil.leavingDate)}, so cannot join a group on or after that date.`;
    }
  }
  const end = m.endDate ?? group.endDate ?? '9999-12-31';
  const clash = others.find((o) => o.startDate <= end && (o.endDate ?? group.endDate ?? '9999-12-31') >= m.startDate);
  if (clash) {
    const until = clash.endDate ?? group.endDate;
    return `The pupil is already in this group from ${longDate(clash.startDate)}${until ? ` to ${longDate(until)}` : ''}. A pupil may re-join only after leaving.`;
  }
  for (const [which, score] of [['entry', m.entry], ['exit', m.exit]] as const) {
    const problem = score && scoreProblem(group.measure, score.score, which);
    if (problem) return problem;
  }
  if (m.entry && m.exit && m.exit.date < m.entry.date) return 'The exit assessment must be on or after the entry assessment.';
  return null;
}
