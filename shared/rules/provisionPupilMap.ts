import { type ProvisionGroup, type ProvisionMembership, weekdays } from '../domain/provision';
import type { CostPair, MapData, MapOptions, PupilMapProvision, PupilMapView, PupilTimetableEntry } from '../domain/provisionMaps';
import { costingOf, costsShown, addCost, asOfDate, mapHeader, outcomeOf, rangeCosts, spanInRange, zeroCost, compareText } from './provisionMapParts';
import { element3, membershipSpan, membershipsByGroup, openEndFor, pupilYearCosts } from './provisionCosting';
import { scoreChange } from './provisionImpact';
import { frequencyText, groupWithText, measureLabel, staffText } from './provisionWords';
import { dayNumber, isoFromDay } from './schoolTerms';

/**
 * One pupil's costed provision map (issue 6, item 5). Whoever reads it, other
 * pupils appear only as a number ("with 3 other pupils"), never by name, so
 * the same view model is safe to print for a parent (REFERENCE §5).
 */

export function buildPupilMap(data: MapData, options: MapOptions, pupilId: string): PupilMapView {
  const pupil = data.pupils[pupilId];
  if (!pupil) throw new RangeError('That pupil is not in the map’s data, so their map cannot be made.');
  const show = costsShown(options);
  const byGroup = membershipsByGroup(data.memberships);
  const groupsById = new Map(data.groups.map((g) => [g.id, g]));
  const costsByGroup = new Map<string, ReturnType<typeof rangeCosts>>();

  const rows: { group: ProvisionGroup; membership: ProvisionMembership; span: { from: number; to: number }; provision: PupilMapProvision }[] = [];
  for (const membership of byPupil(data.memberships, pupilId)) {
    const group = groupsById.get(membership.groupId);
    if (!group) continue;
    const inRange = spanInRange(group, membership, options);
    if (!inRange) continue;
    const own = byGroup.get(group.id) ?? [];
    if (show && !costsByGroup.has(group.id)) costsByGroup.set(group.id, rangeCosts(group, own, data, options));
    const cost = costsByGroup.get(group.id)?.get(membership.id);
    const span = membershipSpan(membership, runOf(group, options));
    if (!span) continue;
    rows.push({ group, membership, span, provision: provisionOf(group, membership, span, own, data, options, cost) });
  }
  rows.sort((a, b) => a.span.from - b.span.from || compareText(a.group.name, b.group.name));

  const provisions = rows.map((r) => r.provision);
  return {
    header: mapHeader(data, options, `Provision map for ${pupil.name}`, options.range.label, rows.map((r) => r.group)),
    pupil: { id: pupil.id, name: pupil.name, year: pupil.year, className: pupil.className, senStatus: pupil.senStatus, needs: [...pupil.needs] },
    provisions,
    timetable: timetableOf(rows, options),
    ...(show ? { costs: costsOf(provisions, data, byGroup, options, pupilId) } : {}),
  };
}

function byPupil(memberships: readonly ProvisionMembership[], pupilId: string): ProvisionMembership[] {
  return memberships.filter((m) => m.pupilId === pupilId);
}

function runOf(group: ProvisionGroup, options: MapOptions): { from: number; to: number } {
  return { from: dayNumber(group.startDate), to: dayNumber(group.endDate ?? openEndFor(options.range)) };
}

function provisionOf(
  group: ProvisionGroup,
  membership: ProvisionMembership,
  span: { from: number; to: number },
  own: readonly ProvisionMembership[],
  data: MapData,
  options: MapOptions,
  cost: CostPair | undefined,
): PupilMapProvision {
  // Others who shared any of this pupil's days in the group: a count, never a name.
  const others = new Set<string>();
  for (const m of own) {
    if (m.pupilId === membership.pupilId) continue;
    const theirs = membershipSpan(m, runOf(group, options));
    if (theirs && theirs.from <= span.to && theirs.to >= span.from) others.add(m.pupilId);
  }
  const endOpen = group.endDate === null && membership.endDate === null;
  return {
    membershipId: membership.id,
    groupId: group.id,
    name: group.name,
    area: group.area,
    wave: group.wave,
    staff: staffText(group.staff, data.roles, options.audience),
    frequency: frequencyText(group),
    startDate: isoFromDay(span.from),
    endDate: endOpen ? null : isoFromDay(span.to),
    groupWith: groupWithText(others.size),
    intendedOutcome: group.intendedOutcome,
    measureKind: group.measure.kind,
    measureLabel: measureLabel(group.measure),
    scores: scoreChange(membership.entry, membership.exit),
    outcome: outcomeOf(data.outcomes, membership.reviewOutcomeId),
    evaluation: membership.evaluation ? { ...membership.evaluation } : null,
    ...(cost ? { cost: { toDatePence: cost.toDatePence, projectedPence: cost.projectedPence } } : {}),
  };
}

/** The week's sessions of what runs on the "as of" day (the range's first day for a range not yet begun), Monday first. */
function timetableOf(rows: { group: ProvisionGroup; span: { from: number; to: number }; provision: PupilMapProvision }[], options: MapOptions): PupilTimetableEntry[] {
  const day = Math.max(dayNumber(asOfDate(options)), dayNumber(options.range.from));
  const entries: PupilTimetableEntry[] = [];
  for (const row of rows) {
    if (row.span.from > day || row.span.to < day) continue;
    for (const slot of row.group.timetable) {
      entries.push({ day: slot.day, start: slot.start, end: slot.end, provisionName: row.group.name, room: row.group.room, staff: row.provision.staff });
    }
  }
  return entries.sort((a, b) => weekdays.indexOf(a.day) - weekdays.indexOf(b.day) || compareText(a.start, b.start) || compareText(a.provisionName, b.provisionName));
}

function costsOf(provisions: PupilMapProvision[], data: MapData, byGroup: Map<string, ProvisionMembership[]>, options: MapOptions, pupilId: string): NonNullable<PupilMapView['costs']> {
  let total = zeroCost();
  for (const p of provisions) total = addCost(total, p.cost);
  const theirGroups = data.groups.filter((g) => (byGroup.get(g.id) ?? []).some((m) => m.pupilId === pupilId));
  const schoolYearPence = pupilYearCosts(theirGroups, byGroup, costingOf(data), options.range.to).get(pupilId) ?? 0;
  const funding = element3(schoolYearPence);
  return { total, schoolYearPence, element2Pence: funding.element2Pence, abovePence: funding.abovePence, element3Candidate: funding.candidate };
}
