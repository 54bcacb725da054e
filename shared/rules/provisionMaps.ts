import { type NcYearGroup, broadAreaLabels, broadAreas, ncYearGroupLabels, ncYearGroups } from '../domain/sen';
import { ELEMENT_2_THRESHOLD_PENCE, type ProvisionGroup, type ProvisionMembership, waves } from '../domain/provision';
import type {
  CostPair,
  Element3Candidate,
  MapData,
  MapOptions,
  MapTotals,
  SchoolMapCell,
  SchoolMapCellKey,
  SchoolMapEntry,
  SchoolMapGrouping,
  SchoolMapView,
} from '../domain/provisionMaps';
import { type MembershipCost, groupRun, membershipsByGroup, openEndFor, pupilYearCosts, sessionsPerWeek, weeklyMinutes, weeksIn } from './provisionCosting';
import {
  addCost,
  costingOf,
  costsShown,
  groupInRange,
  mapHeader,
  pupilOf,
  rangeCosts,
  refuseParent,
  round1,
  shortYear,
  spanInRange,
  zeroCost,
  compareText,
} from './provisionMapParts';
import { staffText, whenText } from './provisionWords';
import { dayNumber } from './schoolTerms';

export { buildPupilMap } from './provisionPupilMap';
export { buildImpactSheet } from './provisionImpactSheet';

/**
 * The whole-school provision map (issue 6, item 5), from what the service
 * gathered to the view model the screen and the printed document share.
 *
 * Built in one pass over the groups with memberships indexed by group once:
 * the reference school's 150 groups and 12,000 memberships must build in well
 * under 100 ms on two slow cores.
 */

const groupingWords: Record<SchoolMapGrouping, string> = {
  'area-wave': 'By area of need and wave',
  year: 'By year group',
};

interface GroupInRange {
  group: ProvisionGroup;
  /** Memberships with a day in the range, with their pupil's year. */
  members: { membership: ProvisionMembership; year: NcYearGroup | null }[];
  costs: Map<string, MembershipCost> | null;
  sessions: number;
  hours: number;
}

export function buildSchoolMap(data: MapData, options: MapOptions & { grouping: SchoolMapGrouping }): SchoolMapView {
  refuseParent(options, 'whole-school map');
  const show = costsShown(options);
  const byGroup = membershipsByGroup(data.memberships);
  const { from, to } = options.range;
  const groups = data.groups
    .filter((g) => groupInRange(g, from, to))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.startDate, b.startDate) || compareText(a.id, b.id));
  const inRange = groups.map((group) => describeGroup(group, byGroup.get(group.id) ?? [], data, options));

  const cells = options.grouping === 'area-wave' ? areaWaveCells(inRange, data, options) : yearCells(inRange, data, options);
  const totals = totalsOf(inRange.map((g) => g.group.id), inRange.flatMap((g) => g.members.map((m) => m.membership)), inRange, show);
  const header = mapHeader(data, options, 'Whole-school provision map', `${groupingWords[options.grouping]} · ${options.range.label}`, groups);
  return {
    header,
    grouping: options.grouping,
    cells,
    totals,
    ...(show ? { element3Candidates: element3Candidates(data, byGroup, options) } : {}),
  };
}

function describeGroup(group: ProvisionGroup, own: ProvisionMembership[], data: MapData, options: MapOptions): GroupInRange {
  const members = own
    .filter((m) => spanInRange(group, m, options) !== null)
    .map((membership) => ({ membership, year: pupilOf(data, membership.pupilId).year }));
  const run = groupRun(group, openEndFor(options.range));
  const weeks = weeksIn(group, data.template, Math.max(run.from, dayNumber(options.range.from)), Math.min(run.to, dayNumber(options.range.to)));
  return {
    group,
    members,
    costs: rangeCosts(group, own, data, options),
    // Whole sessions: a fraction of a session is an artefact of spreading the weeks over the days, not a session.
    sessions: Math.round(sessionsPerWeek(group) * weeks),
    // Staff hours: each member of staff's time counts, as it is paid for.
    hours: round1((weeklyMinutes(group) * group.staff.length * weeks) / 60),
  };
}

function entryOf(described: GroupInRange, members: GroupInRange['members'], data: MapData, options: MapOptions): SchoolMapEntry {
  const { group } = described;
  const pupilIds = [...new Set(members.map((m) => m.membership.pupilId))];
  let cost: CostPair = zeroCost();
  for (const m of members) cost = addCost(cost, described.costs?.get(m.membership.id));
  const names = pupilIds
    .map((id) => pupilOf(data, id))
    .sort((a, b) => compareText(a.name, b.name))
    .map((p) => `${p.name}${shortYear(p.year)}`);
  return {
    groupId: group.id,
    name: group.name,
    area: group.area,
    wave: group.wave,
    staff: staffText(group.staff, data.roles, options.audience),
    when: whenText(group),
    room: group.room,
    startDate: group.startDate,
    endDate: group.endDate,
    pupilCount: pupilIds.length,
    ...(options.audience === 'staff' ? { pupilNames: names } : {}),
    sessions: described.sessions,
    hours: described.hours,
    ...(described.costs ? { cost } : {}),
  };
}

function totalsOf(groupIds: string[], memberships: ProvisionMembership[], described: GroupInRange[], show: boolean): MapTotals {
  const wanted = new Set(groupIds);
  const counted = new Set<string>();
  let sessions = 0;
  let hours = 0;
  for (const d of described) {
    if (counted.has(d.group.id) || !wanted.has(d.group.id)) continue;
    counted.add(d.group.id);
    sessions += d.sessions;
    hours += d.hours;
  }
  const costsById = new Map(described.map((d) => [d.group.id, d.costs]));
  let cost = zeroCost();
  for (const m of memberships) cost = addCost(cost, costsById.get(m.groupId)?.get(m.id));
  return {
    groups: counted.size,
    pupils: new Set(memberships.map((m) => m.pupilId)).size,
    sessions,
    hours: round1(hours),
    ...(show ? { cost } : {}),
  };
}

function cellOf(key: SchoolMapCellKey, label: string, parts: { described: GroupInRange; members: GroupInRange['members'] }[], data: MapData, options: MapOptions): SchoolMapCell {
  const entries = parts.map((p) => entryOf(p.described, p.members, data, options));
  const memberships = parts.flatMap((p) => p.members.map((m) => m.membership));
  const totals = totalsOf(parts.map((p) => p.described.group.id), memberships, parts.map((p) => p.described), costsShown(options));
  return { key, label, entries, totals };
}

function areaWaveCells(described: GroupInRange[], data: MapData, options: MapOptions): SchoolMapCell[] {
  return broadAreas.flatMap((area) =>
    waves.map((wave) => {
      const parts = described.filter((d) => d.group.area === area && d.group.wave === wave).map((d) => ({ described: d, members: d.members }));
      return cellOf({ kind: 'area-wave', area, wave }, `${broadAreaLabels[area]} · Wave ${wave}`, parts, data, options);
    }),
  );
}

/** Every year in school order with a pupil in the range, then "Year not recorded" if any pupil has none; a mixed-year group appears in each of its years. */
function yearCells(described: GroupInRange[], data: MapData, options: MapOptions): SchoolMapCell[] {
  const years = new Set(described.flatMap((d) => d.members.map((m) => m.year)));
  const ordered: (NcYearGroup | null)[] = [...ncYearGroups.filter((y) => years.has(y)), ...(years.has(null) ? [null] : [])];
  return ordered.map((year) => {
    const parts = described
      .map((d) => ({ described: d, members: d.members.filter((m) => m.year === year) }))
      .filter((p) => p.members.length > 0);
    return cellOf({ kind: 'year', year }, year === null ? 'Year not recorded' : ncYearGroupLabels[year], parts, data, options);
  });
}

/** Pupils whose projected support in the school year holding the range's end passes £6,000, highest first. */
function element3Candidates(data: MapData, byGroup: Map<string, ProvisionMembership[]>, options: MapOptions): Element3Candidate[] {
  const yearCosts = pupilYearCosts(data.groups, byGroup, costingOf(data), options.range.to);
  const candidates: Element3Candidate[] = [];
  for (const [pupilId, yearCostPence] of yearCosts) {
    if (yearCostPence <= ELEMENT_2_THRESHOLD_PENCE) continue;
    const pupil = pupilOf(data, pupilId);
    candidates.push({ pupilId, name: pupil.name, year: pupil.year, yearCostPence, abovePence: yearCostPence - ELEMENT_2_THRESHOLD_PENCE });
  }
  return candidates.sort((a, b) => b.yearCostPence - a.yearCostPence || compareText(a.name, b.name));
}
