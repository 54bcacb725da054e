import type { CostingTemplate, ProvisionGroup, ProvisionMembership, ReviewOutcome } from '../../shared/domain/provision';
import { DEFAULT_TEMPLATE_ID } from '../../shared/domain/provision';
import type { MapData, MapPupil } from '../../shared/domain/provisionMaps';
import { isNcYearGroup, isNeedType, needTypeDetails, senProvisionLabels, type AnySenProvision } from '../../shared/domain/sen';
import { schoolYearOf } from '../../shared/rules/schoolTerms';
import type { Database } from '../db/database';
import { chosenTemplateId, costingTemplateById } from '../db/repositories/costingTemplates';
import { type GroupVersion, groupsByIds, groupsOverlapping } from '../db/repositories/provisionGroups';
import { type MembershipVersion, membershipsOfGroups, membershipsOfPupil } from '../db/repositories/provisionMemberships';
import { listReviewOutcomes } from '../db/repositories/provisionOutcomes';
import { type ProvisionPupilRow, provisionPupils } from '../db/repositories/provisionPupils';
import { getSchool } from '../db/repositories/school';
import { listStaffRoles } from '../db/repositories/staffRoles';

/**
 * Gathers what the map builders (shared/rules/provisionMaps.ts) read, one
 * statement per table whatever the number of groups, so the whole-school map
 * stays within its budget at the reference size. Pay rates and materials and
 * licence costs are left out (null) unless the viewer is the SENCO.
 */
export interface MapDataOptions {
  viewerIsSenco: boolean;
}

/**
 * Every group that ran on any day of [from, to] or of the school year
 * (1 September to 31 August) that holds `to` — element 3 is judged on the
 * school year — with all their memberships.
 */
export function schoolMapData(db: Database, options: MapDataOptions & { from: string; to: string }): MapData {
  const { groups, memberships } = schoolGroups(db, options);
  return assemble(db, groups, memberships, provisionPupils(db, memberships.map((m) => m.pupilId)), options);
}

/**
 * The same, with main's event loop let run (`pause`) between reading the
 * groups and reading their pupils: at the reference school each half is some
 * tens of milliseconds. Pupils are never deleted, so every pupil a membership
 * names is still there after the pause.
 */
export async function schoolMapDataInSteps(
  db: Database,
  options: MapDataOptions & { from: string; to: string },
  pause: () => Promise<void>,
): Promise<MapData> {
  const { groups, memberships } = schoolGroups(db, options);
  await pause();
  return assemble(db, groups, memberships, provisionPupils(db, memberships.map((m) => m.pupilId)), options);
}

function schoolGroups(db: Database, options: { from: string; to: string }) {
  const year = schoolYearOf(options.to);
  const groups = groupsOverlapping(db, options.from < year.from ? options.from : year.from, year.to > options.to ? year.to : options.to);
  return { groups, memberships: membershipsOfGroups(db, groups.map((g) => g.id)) };
}

/** The pupil's groups with all their memberships: other pupils appear only as ids in memberships, so a group's size can be counted. */
export function pupilMapData(db: Database, pupilId: string, options: MapDataOptions): MapData {
  const groups = groupsByIds(db, [...new Set(membershipsOfPupil(db, pupilId).map((m) => m.groupId))]);
  const memberships = membershipsOfGroups(db, groups.map((g) => g.id));
  return assemble(db, groups, memberships, provisionPupils(db, [pupilId]), options);
}

/** One group with every pupil who has been in it: the intervention impact sheet. */
export function groupMapData(db: Database, groupId: string, options: MapDataOptions): MapData {
  const groups = groupsByIds(db, [groupId]);
  const memberships = membershipsOfGroups(db, groups.map((g) => g.id));
  return assemble(db, groups, memberships, provisionPupils(db, memberships.map((m) => m.pupilId)), options);
}

function assemble(
  db: Database,
  groups: GroupVersion[],
  memberships: MembershipVersion[],
  pupils: ProvisionPupilRow[],
  { viewerIsSenco }: MapDataOptions,
): MapData {
  return {
    schoolName: getSchool(db).name,
    roles: listStaffRoles(db, true).map(({ id, name, hourlyRatePence }) => ({ id, name, hourlyRatePence: viewerIsSenco ? hourlyRatePence : null })),
    template: chosenTemplate(db),
    groups: groups.map((group) => groupOf(group, viewerIsSenco)),
    memberships: memberships.map(membershipOf),
    pupils: Object.fromEntries(pupils.map((pupil) => [pupil.id, mapPupil(pupil)])),
    outcomes: listReviewOutcomes(db, true).map(({ id, label, score }): ReviewOutcome => ({ id, label, score })),
  };
}

function chosenTemplate(db: Database): CostingTemplate {
  const row = costingTemplateById(db, chosenTemplateId(db)) ?? costingTemplateById(db, DEFAULT_TEMPLATE_ID)!;
  const { archived: _archived, ...template } = row;
  return template;
}

function groupOf(group: GroupVersion, viewerIsSenco: boolean): ProvisionGroup {
  const { version: _v, recorded: _r, materialsPence, licencePence, ...rest } = group;
  return { ...rest, materialsPence: viewerIsSenco ? materialsPence : null, licencePence: viewerIsSenco ? licencePence : null };
}

function membershipOf(m: MembershipVersion): ProvisionMembership {
  const { version: _v, recorded: _r, ...rest } = m;
  return rest;
}

function mapPupil(pupil: ProvisionPupilRow): MapPupil {
  return {
    id: pupil.id,
    name: pupil.name,
    year: pupil.ncYear !== null && isNcYearGroup(pupil.ncYear) ? pupil.ncYear : null,
    className: pupil.className,
    senStatus: pupil.provision === null ? null : (senProvisionLabels[pupil.provision as AnySenProvision] ?? null),
    needs: pupil.needTypes.map((type) => (isNeedType(type) ? needTypeDetails[type].meaning : type)),
  };
}
