import {
  ELEMENT_2_THRESHOLD_PENCE,
  type CostingTemplate,
  type ProvisionGroup,
  type ProvisionMembership,
  type StaffRole,
  type TimetableSlot,
} from '../domain/provision';
import type { CostPair } from '../domain/provisionMaps';
import { type DateRange, dayNumber, isoFromDay, schoolYearOf } from './schoolTerms';

export { schoolYearOf } from './schoolTerms';

/**
 * Costing a provision (REFERENCE §7): cost per pupil = weekly minutes × weeks
 * × cost per minute of the staff ÷ pupils in the group, plus materials and
 * licences shared the same way.
 *
 * Figures are worked in fractional pence and rounded (half up) once, per
 * pupil per group, so that every total is a sum of printed lines.
 *
 * Choices the reference leaves open, made here:
 * - Weeks fall evenly over calendar days: a group with an end date spreads its
 *   `weeks` over start..end; an open-ended group runs the template's weeks in
 *   each school year, spread over that year's 365 or 366 days (so a whole year
 *   is exactly 38 weeks, not 37.97 as 365.25 days would give), projected to 31
 *   August of the school year that holds the range's end.
 * - Pupils join and leave: each stretch between joinings and leavings is
 *   divided equally among the pupils in the group during it. A stretch with
 *   nobody in it is not charged to anyone.
 * - Materials and licences are a one-off for a run of the group, shared equally
 *   among every pupil who was ever in it (a late joiner pays the same share:
 *   the books were bought for the place they took). Within a range a pupil's
 *   share counts in proportion to their own days in the group that fall in it,
 *   so their whole time counts it in full, two terms never count it twice, and
 *   to date counts the elapsed part.
 * - The template's cap limits one pupil's cost for one provision within one
 *   school year; a range across two school years is capped in each.
 */

export type RateSource = 'template' | 'school' | 'missing';

export interface Costing {
  template: CostingTemplate;
  roles: StaffRole[];
}

/** A template's own rate wins; else the school's hourly rate ÷ 60; a role priced nowhere is 'missing' (0, and said so). */
export function ratePerMinute(template: CostingTemplate, roles: readonly StaffRole[], roleId: string): { pencePerMinute: number; source: RateSource } {
  const templateRate = template.ratesPerMinutePence[roleId];
  if (templateRate !== undefined) return { pencePerMinute: templateRate, source: 'template' };
  const hourly = roles.find((r) => r.id === roleId)?.hourlyRatePence ?? null;
  if (hourly !== null) return { pencePerMinute: hourly / 60, source: 'school' };
  return { pencePerMinute: 0, source: 'missing' };
}

/** Minutes from "HH:MM" to "HH:MM"; callers check times with timeRangeProblems first. */
export function slotMinutes(slot: Pick<TimetableSlot, 'start' | 'end'>): number {
  return clockMinutes(slot.end) - clockMinutes(slot.start);
}

export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** The timetable's minutes when it has one, else sessions a week × minutes a session. */
export function weeklyMinutes(group: Pick<ProvisionGroup, 'timetable' | 'sessionsPerWeek' | 'minutesPerSession'>): number {
  if (group.timetable.length > 0) return group.timetable.reduce((sum, slot) => sum + slotMinutes(slot), 0);
  return group.sessionsPerWeek * group.minutesPerSession;
}

export function sessionsPerWeek(group: Pick<ProvisionGroup, 'timetable' | 'sessionsPerWeek'>): number {
  return group.timetable.length > 0 ? group.timetable.length : group.sessionsPerWeek;
}

/** Pence a minute of all the group's staff together (two TAs cost twice), and the roles with no rate. */
export function groupStaffRate(group: Pick<ProvisionGroup, 'staff'>, costing: Costing): { pencePerMinute: number; unpricedRoles: string[] } {
  let pencePerMinute = 0;
  const unpriced = new Set<string>();
  for (const member of group.staff) {
    const rate = ratePerMinute(costing.template, costing.roles, member.roleId);
    pencePerMinute += rate.pencePerMinute;
    if (rate.source === 'missing') unpriced.add(member.roleId);
  }
  return { pencePerMinute, unpricedRoles: [...unpriced].sort() };
}

/** The days a group runs for costing: an open-ended one runs to the end given (31 August of the range's school year). */
export function groupRun(group: Pick<ProvisionGroup, 'startDate' | 'endDate'>, openEnd: string): { from: number; to: number } {
  return { from: dayNumber(group.startDate), to: dayNumber(group.endDate ?? openEnd) };
}

/**
 * Weeks of sessions a group runs on the days [from, to] (day numbers, inclusive).
 * A group with an end date spreads its weeks evenly over start..end; an
 * open-ended group runs the template's weeks in each school year, spread over
 * that year's 365 or 366 days, so a whole school year is exactly its weeks.
 */
export function weeksIn(group: Pick<ProvisionGroup, 'startDate' | 'endDate' | 'weeks'>, template: CostingTemplate, from: number, to: number): number {
  if (to < from) return 0;
  if (group.endDate !== null) {
    const runDays = dayNumber(group.endDate) - dayNumber(group.startDate) + 1;
    return runDays > 0 ? ((to - from + 1) * group.weeks) / runDays : 0;
  }
  let weeks = 0;
  let start = from;
  while (start <= to) {
    const year = schoolYearOf(isoFromDay(start));
    const yearFrom = dayNumber(year.from);
    const yearTo = dayNumber(year.to);
    const end = Math.min(to, yearTo);
    weeks += ((end - start + 1) * template.weeksPerYear) / (yearTo - yearFrom + 1);
    start = end + 1;
  }
  return weeks;
}

function overlap(aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  return Math.max(0, Math.min(aTo, bTo) - Math.max(aFrom, bFrom) + 1);
}

/** A membership's days, clipped to the group's run; null when it never overlaps it. */
export function membershipSpan(membership: Pick<ProvisionMembership, 'startDate' | 'endDate'>, run: { from: number; to: number }): { from: number; to: number } | null {
  const from = Math.max(run.from, dayNumber(membership.startDate));
  const to = Math.min(run.to, membership.endDate === null ? run.to : dayNumber(membership.endDate));
  return from <= to ? { from, to } : null;
}

/**
 * One group's cost model: per-pupil shares over any window of days, before
 * rounding and before the cap. Built once per group; each window is one sweep
 * over joinings and leavings, O(m log m) for m memberships.
 */
export interface GroupCostModel {
  run: { from: number; to: number };
  /** Pence a week of the group's sessions, all its staff together. */
  pencePerWeek: number;
  unpricedRoles: string[];
  spans: Map<string, { from: number; to: number }>;
  /** Materials and licence share of each membership for the whole run. */
  materialShare: Map<string, number>;
  /** Pupil id → their memberships with a day in the run. */
  membershipsByPupil: Map<string, string[]>;
  /** Fractional pence each membership costs in the window [from, to] (day numbers, inclusive). */
  shares(from: number, to: number): Map<string, number>;
}

export function groupCostModel(group: ProvisionGroup, memberships: readonly ProvisionMembership[], costing: Costing, openEnd: string): GroupCostModel {
  const run = groupRun(group, openEnd);
  const staff = groupStaffRate(group, costing);
  const pencePerWeek = weeklyMinutes(group) * staff.pencePerMinute;
  const costOf = (a: number, b: number): number => pencePerWeek * weeksIn(group, costing.template, a, b);
  const spans = new Map<string, { from: number; to: number }>();
  const byPupil = new Map<string, string[]>();
  for (const m of memberships) {
    const span = membershipSpan(m, run);
    if (!span) continue;
    spans.set(m.id, span);
    byPupil.set(m.pupilId, [...(byPupil.get(m.pupilId) ?? []), m.id]);
  }
  // Earliest first, so a cap is used up in the order the money was spent.
  const startOf = (id: string): number => spans.get(id)?.from ?? 0;
  for (const ids of byPupil.values()) ids.sort((a, b) => startOf(a) - startOf(b) || a.localeCompare(b));
  const materials = (group.materialsPence ?? 0) + (group.licencePence ?? 0);
  const materialShare = new Map<string, number>();
  for (const ids of byPupil.values()) {
    for (const id of ids) materialShare.set(id, materials / byPupil.size / ids.length);
  }
  const events: { day: number; delta: 1 | -1; id: string }[] = [];
  for (const [id, span] of spans) events.push({ day: span.from, delta: 1, id }, { day: span.to + 1, delta: -1, id });
  events.sort((a, b) => a.day - b.day || a.delta - b.delta);

  function shares(from: number, to: number): Map<string, number> {
    const result = new Map<string, number>();
    // Cumulative cost per head: a member's share is the rise while they are in.
    let perHead = 0;
    const joinedAt = new Map<string, number>();
    let previous = events[0]?.day ?? 0;
    for (const event of events) {
      if (event.day > previous && joinedAt.size > 0) {
        perHead += costOf(Math.max(previous, from), Math.min(event.day - 1, to)) / joinedAt.size;
      }
      previous = event.day;
      if (event.delta === 1) joinedAt.set(event.id, perHead);
      else {
        result.set(event.id, perHead - (joinedAt.get(event.id) ?? perHead));
        joinedAt.delete(event.id);
      }
    }
    for (const [id, share] of materialShare) {
      const span = spans.get(id);
      if (!span) continue;
      const fraction = overlap(span.from, span.to, from, to) / (span.to - span.from + 1);
      result.set(id, (result.get(id) ?? 0) + share * fraction);
    }
    return result;
  }

  return { run, pencePerWeek, unpricedRoles: staff.unpricedRoles, spans, materialShare, membershipsByPupil: byPupil, shares };
}

/** Half up to whole pence; the tiny nudge keeps 3749.9999999 (float noise) at 3750. */
export function roundPence(pence: number): number {
  return Math.floor(pence + 0.5 + 1e-7);
}

export type MembershipCost = CostPair & { unpricedRoles: string[] };

/** The end an open-ended group is projected to for a range: 31 August of the school year holding the range's end. */
export function openEndFor(range: DateRange): string {
  return schoolYearOf(range.to).to;
}

/**
 * Each membership's cost within the range: to date up to min(today, range end),
 * projected to the range's end, both clipped to the membership and the group,
 * capped per school year, in whole pence. Memberships of other groups are ignored.
 */
export function groupCosts(
  group: ProvisionGroup,
  memberships: readonly ProvisionMembership[],
  costing: Costing,
  range: DateRange,
  today: string,
  openEnd: string = openEndFor(range),
): Map<string, MembershipCost> {
  const own = memberships.filter((m) => m.groupId === group.id);
  const model = groupCostModel(group, own, costing, openEnd);
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  const toDateEnd = Math.min(dayNumber(today), to);
  const projected = cappedShares(model, from, to, costing.template.capPerPupilPerProvisionPence);
  // A range already over counts the same days twice over: reuse, don't sweep again.
  const toDate = toDateEnd === to ? projected : cappedShares(model, from, toDateEnd, costing.template.capPerPupilPerProvisionPence);
  const result = new Map<string, MembershipCost>();
  for (const m of own) {
    result.set(m.id, {
      toDatePence: roundPence(toDate.get(m.id) ?? 0),
      projectedPence: roundPence(projected.get(m.id) ?? 0),
      unpricedRoles: model.unpricedRoles,
    });
  }
  return result;
}

/**
 * Shares in [from, to] with the cap applied per pupil per school year: what the
 * window adds on top of the year's cost before it, so a term never escapes a
 * cap the whole year would meet. A pupil who left and rejoined the group has
 * one cap over both memberships, used up by the earlier one first, as the
 * money was spent (so to date never passes projected). A pupil's memberships
 * of one group are not expected to overlap in time.
 */
export function cappedShares(model: GroupCostModel, from: number, to: number, cap: number | null): Map<string, number> {
  if (to < from) return new Map();
  if (cap === null) return model.shares(from, to);
  const total = new Map<string, number>();
  let start = from;
  while (start <= to) {
    const year = schoolYearOf(isoFromDay(start));
    const yearFrom = dayNumber(year.from);
    const end = Math.min(to, dayNumber(year.to));
    const before = start > yearFrom ? model.shares(yearFrom, start - 1) : new Map<string, number>();
    const upTo = model.shares(yearFrom, end);
    for (const ids of model.membershipsByPupil.values()) {
      const sum = (shares: Map<string, number>): number => ids.reduce((acc, id) => acc + (shares.get(id) ?? 0), 0);
      let left = Math.min(cap, sum(upTo)) - Math.min(cap, sum(before));
      for (const id of ids) {
        const own = Math.min(left, (upTo.get(id) ?? 0) - (before.get(id) ?? 0));
        total.set(id, (total.get(id) ?? 0) + own);
        left -= own;
      }
    }
    start = end + 1;
  }
  return total;
}

/**
 * Every pupil's projected cost for the school year holding `date`: the sum of
 * their rounded, capped cost in each group, which is what element 2 and 3 are
 * judged on. One pass over the groups, whoever the pupils are.
 */
export function pupilYearCosts(
  groups: readonly ProvisionGroup[],
  byGroup: ReadonlyMap<string, readonly ProvisionMembership[]>,
  costing: Costing,
  date: string,
): Map<string, number> {
  const year = schoolYearOf(date);
  const totals = new Map<string, number>();
  for (const group of groups) {
    const own = byGroup.get(group.id) ?? [];
    if (own.length === 0 || group.startDate > year.to || (group.endDate !== null && group.endDate < year.from)) continue;
    const costs = groupCosts(group, own, costing, year, year.to, year.to);
    for (const m of own) {
      const pence = costs.get(m.id)?.projectedPence ?? 0;
      totals.set(m.pupilId, (totals.get(m.pupilId) ?? 0) + pence);
    }
  }
  return totals;
}

/** One pupil's projected cost for the school year holding `date` (see pupilYearCosts). */
export function pupilYearCost(
  pupilId: string,
  groups: readonly ProvisionGroup[],
  byGroup: ReadonlyMap<string, readonly ProvisionMembership[]>,
  costing: Costing,
  date: string,
): number {
  const theirs = groups.filter((g) => (byGroup.get(g.id) ?? []).some((m) => m.pupilId === pupilId));
  return pupilYearCosts(theirs, byGroup, costing, date).get(pupilId) ?? 0;
}

/** The first £6,000 is the school's (element 2); a pupil strictly above it is a candidate for top-up (element 3). */
export function element3(yearCostPence: number): { element2Pence: number; abovePence: number; candidate: boolean } {
  return {
    element2Pence: Math.min(yearCostPence, ELEMENT_2_THRESHOLD_PENCE),
    abovePence: Math.max(0, yearCostPence - ELEMENT_2_THRESHOLD_PENCE),
    candidate: yearCostPence > ELEMENT_2_THRESHOLD_PENCE,
  };
}

/** Group memberships by group id once, so builders never scan every membership per group. */
export function membershipsByGroup(memberships: readonly ProvisionMembership[]): Map<string, ProvisionMembership[]> {
  const index = new Map<string, ProvisionMembership[]>();
  for (const m of memberships) {
    const list = index.get(m.groupId);
    if (list) list.push(m);
    else index.set(m.groupId, [m]);
  }
  return index;
}
