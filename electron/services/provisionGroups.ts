import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { groupFields } from '../../shared/contract/provision';
import type { BroadArea, NcYearGroup } from '../../shared/domain/sen';
import { isNcYearGroup } from '../../shared/domain/sen';
import type { Evaluation, ProvisionGroup, Wave } from '../../shared/domain/provision';
import { londonDate } from '../../shared/rules/schoolDate';
import type { Database } from '../db/database';
import { latestEntry } from '../db/repositories/provisionLibrary';
import { type GroupFields, type GroupVersion, insertGroupVersion, latestGroup, listGroups } from '../db/repositories/provisionGroups';
import { insertMembershipVersion, type MembershipVersion, membershipsOfGroups } from '../db/repositories/provisionMemberships';
import { provisionPupils } from '../db/repositories/provisionPupils';
import { staffRoleById } from '../db/repositories/staffRoles';
import { AppFailure } from '../failure';
import { PROVISION_READERS, PROVISION_WRITERS, costsFor, costsToStore, longDate, requireRole, viewerIsSenco } from './provisionAccess';
import type { SessionService } from './session';

export type GroupInput = z.output<typeof groupFields>;
type Recorded = { version: number; recorded: { at: string; by: string | null } };
export type GroupView = ProvisionGroup & Recorded;
export type GroupSummaryView = GroupView & { pupilsNow: number; pupilsEver: number };
export type MemberView = Omit<MembershipVersion, never> & { pupilName: string; year: NcYearGroup | null };

export interface GroupListFilter {
  runningOn?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  area?: BroadArea | undefined;
  wave?: Wave | undefined;
}

export interface StartInput {
  provisionId: string;
  name?: string | undefined;
  startDate: string;
  endDate: string | null;
  room: string;
  staff: { name: string; roleId: string | null }[];
}

const noGroup = () => new AppFailure('NOT_FOUND', 'There is no such group.');
const stale = () =>
  new AppFailure('NOT_ALLOWED', 'This group was changed since the form was opened. Open it again to see the changes, then make yours.');

/** Is this membership still running on `day`? An open one runs until the group ends. */
export const runsOn = (m: { startDate: string; endDate: string | null }, day: string) => m.startDate <= day && (m.endDate === null || m.endDate >= day);

/**
 * Groups: provisions running for real, with their staff, timetable, room and
 * dates. A group copies its figures when it starts, so a later change to the
 * library never changes what it cost. Every change is a new version.
 */
export class ProvisionGroupsService {
  constructor(private readonly session: SessionService) {}

  list(filter: GroupListFilter = {}): GroupSummaryView[] {
    requireRole(this.session, PROVISION_READERS);
    const db = this.session.db();
    const day = filter.runningOn ?? londonDate(this.session.now());
    const range = filter.runningOn ? { from: filter.runningOn, to: filter.runningOn } : { from: filter.from, to: filter.to };
    const groups = listGroups(db, { ...range, area: filter.area, wave: filter.wave });
    const memberships = membershipsOfGroups(db, groups.map((g) => g.id));
    const isSenco = viewerIsSenco(this.session);
    return groups.map((group) => {
      const own = memberships.filter((m) => m.groupId === group.id);
      return {
        ...costsFor(group, isSenco),
        pupilsNow: new Set(own.filter((m) => runsOn(m, day) && (group.endDate === null || group.endDate >= day)).map((m) => m.pupilId)).size,
        pupilsEver: new Set(own.map((m) => m.pupilId)).size,
      };
    });
  }

  /** A group with every membership it has had, earliest start first, named for the screen. */
  get(groupId: string): { group: GroupView; memberships: MemberView[] } {
    requireRole(this.session, PROVISION_READERS);
    const db = this.session.db();
    const group = latestGroup(db, groupId);
    if (!group) throw noGroup();
    const memberships = membershipsOfGroups(db, [groupId]);
    const pupils = new Map(provisionPupils(db, memberships.map((m) => m.pupilId)).map((p) => [p.id, p]));
    return {
      group: costsFor(group, viewerIsSenco(this.session)),
      memberships: memberships.map((m) => {
        const pupil = pupils.get(m.pupilId);
        return { ...m, pupilName: pupil?.name ?? 'Unknown pupil', year: pupil?.ncYear && isNcYearGroup(pupil.ncYear) ? pupil.ncYear : null };
      }),
    };
  }

  create(provisionId: string | null, input: GroupInput): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    const { db } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      if (provisionId !== null && !latestEntry(db, provisionId)) throw new AppFailure('NOT_FOUND', 'There is no such provision in the library.');
      const costs = costsToStore(input, { materialsPence: 0, licencePence: 0 }, viewerIsSenco(this.session));
      const group: GroupFields = { ...input, ...costs, provisionId, measure: cleanMeasure(input.measure), evaluation: null };
      this.checkStaff(db, group);
      this.write(db, id, 1, group, 'provision.group.created');
    })();
    return { id, version: 1 };
  }

  /** A group from a library entry, with the entry's figures; staff without a role take the entry's default one. */
  startFromLibrary(input: StartInput): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    const { db } = this.session.open();
    const id = randomUUID();
    db.transaction(() => {
      const entry = latestEntry(db, input.provisionId);
      if (!entry) throw new AppFailure('NOT_FOUND', 'There is no such provision in the library.');
      if (entry.archived) throw new AppFailure('NOT_ALLOWED', 'This provision was taken out of the library. Put it back before starting a group from it.');
      const staff = input.staff.map((member) => {
        const roleId = member.roleId ?? entry.defaultRoleId;
        if (roleId === null) throw new AppFailure('INVALID_INPUT', `Choose a role for ${member.name}: the provision has no default role.`);
        return { name: member.name, roleId };
      });
      const group: GroupFields = {
        provisionId: entry.id,
        name: input.name ?? entry.name,
        area: entry.area,
        wave: entry.wave,
        measure: entry.measure,
        intendedOutcome: entry.intendedOutcome,
        sessionsPerWeek: entry.sessionsPerWeek,
        minutesPerSession: entry.minutesPerSession,
        weeks: entry.weeks,
        materialsPence: entry.materialsPence,
        licencePence: entry.licencePence,
        staff,
        timetable: [],
        room: input.room,
        startDate: input.startDate,
        endDate: input.endDate,
        evaluation: null,
      };
      this.checkStaff(db, group);
      this.write(db, id, 1, group, 'provision.group.created');
    })();
    return { id, version: 1 };
  }

  change(groupId: string, version: number, input: GroupInput): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    return this.newVersion(groupId, version, 'provision.group.changed', (db, current, memberships) => {
      const costs = costsToStore(input, current, viewerIsSenco(this.session));
      const group: GroupFields = { ...input, ...costs, provisionId: current.provisionId, measure: cleanMeasure(input.measure), evaluation: current.evaluation };
      this.checkStaff(db, group);
      const scored = memberships.some((m) => m.entry !== null || m.exit !== null);
      if (scored && (group.measure.kind !== current.measure.kind || group.measure.customName !== current.measure.customName)) {
        throw new AppFailure('NOT_ALLOWED', 'Pupils in this group already have scores on its measure, so the measure cannot change. Start a new group for a new measure.');
      }
      checkMembersInside(group, memberships);
      return group;
    });
  }

  /** Ends the group on `endDate`; every pupil still in it (or in it past that date) leaves on the same day. */
  end(groupId: string, version: number, endDate: string): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    const { user } = this.session.open();
    return this.newVersion(groupId, version, 'provision.group.ended', (db, current, memberships) => {
      if (endDate < current.startDate) throw new AppFailure('INVALID_INPUT', `The group cannot end before it starts (${longDate(current.startDate)}).`);
      const late = memberships.filter((m) => m.startDate > endDate).length;
      if (late > 0) {
        throw new AppFailure('NOT_ALLOWED', `${late === 1 ? 'A pupil joins' : `${late} pupils join`} the group after ${longDate(endDate)}. Change their dates first.`);
      }
      const at = this.session.now().toISOString();
      for (const m of memberships) {
        if (m.endDate !== null && m.endDate <= endDate) continue;
        const { id, groupId: g, pupilId, version: v, recorded: _r, ...fields } = m;
        insertMembershipVersion(db, { id, version: v + 1, groupId: g, pupilId, membership: { ...fields, endDate }, at, by: user.id });
        this.session.audit({ action: 'provision.membership.ended', subject: pupilId, detail: { membershipId: id, groupId, version: v + 1 } });
      }
      return { ...fieldsOf(current), endDate };
    });
  }

  /** The group's evaluation: continue, stop or change, with the reason. */
  evaluate(groupId: string, version: number, evaluation: Evaluation): { id: string; version: number } {
    requireRole(this.session, PROVISION_WRITERS);
    return this.newVersion(groupId, version, 'provision.group.evaluated', (_db, current) => {
      if (evaluation.date < current.startDate) {
        throw new AppFailure('INVALID_INPUT', `The evaluation cannot be dated before the group started (${longDate(current.startDate)}).`);
      }
      return { ...fieldsOf(current), evaluation };
    });
  }

  private newVersion(
    groupId: string,
    version: number,
    action: string,
    next: (db: Database, current: GroupVersion, memberships: MembershipVersion[]) => GroupFields,
  ): { id: string; version: number } {
    const { db } = this.session.open();
    db.transaction(() => {
      const current = latestGroup(db, groupId);
      if (!current) throw noGroup();
      if (current.version !== version) throw stale();
      this.write(db, groupId, version + 1, next(db, current, membershipsOfGroups(db, [groupId])), action);
    })();
    return { id: groupId, version: version + 1 };
  }

  private write(db: Database, id: string, version: number, group: GroupFields, action: string): void {
    insertGroupVersion(db, { id, version, group, at: this.session.now().toISOString(), by: this.session.open().user.id });
    this.session.audit({ action, subject: id, detail: { version } });
  }

  private checkStaff(db: Database, group: GroupFields): void {
    for (const member of group.staff) {
      if (!staffRoleById(db, member.roleId)) throw new AppFailure('INVALID_INPUT', `Choose the role of ${member.name} from the list of roles.`);
    }
  }
}

function cleanMeasure(measure: GroupInput['measure']): GroupFields['measure'] {
  return measure.kind === 'custom' ? { kind: 'custom', customName: measure.customName ?? '' } : { kind: measure.kind };
}

/** New dates must still hold every pupil's own dates. */
function checkMembersInside(group: GroupFields, memberships: MembershipVersion[]): void {
  const early = memberships.filter((m) => m.startDate < group.startDate).length;
  if (early > 0) {
    throw new AppFailure('NOT_ALLOWED', `${early === 1 ? 'A pupil joined' : `${early} pupils joined`} before ${longDate(group.startDate)}. Change their dates before moving the start of the group.`);
  }
  if (group.endDate !== null) {
    const end = group.endDate;
    const late = memberships.filter((m) => m.startDate > end || (m.endDate !== null && m.endDate > end)).length;
    if (late > 0) {
      throw new AppFailure('NOT_ALLOWED', `${late === 1 ? 'A pupil is' : `${late} pupils are`} in the group after ${longDate(end)}. Change their dates, or end the group, which ends theirs too.`);
    }
  }
}

function fieldsOf(group: GroupVersion): GroupFields {
  const { id: _id, version: _version, recorded: _recorded, ...fields } = group;
  return fields;
}
