import type { NcYearGroup } from '../domain/sen';
import type { ProvisionGroup, ProvisionMembership, ReviewOutcome } from '../domain/provision';
import type { CostPair, MapData, MapHeader, MapOptions, MapPupil } from '../domain/provisionMaps';
import { type Costing, groupCosts, type MembershipCost, membershipSpan, openEndFor, ratePerMinute } from './provisionCosting';
import { dayNumber } from './schoolTerms';

/** What the three map builders share: the header, who may see money, and the days a group or pupil is in the range. */

/** Money only for the staff audience, and only when the caller says the viewer may see it (the SENCO). */
export function costsShown(options: MapOptions): boolean {
  return options.showCosts && options.audience === 'staff';
}

/** Costs to date are counted to today, unless the range ended earlier. */
export function asOfDate(options: MapOptions): string {
  return options.today < options.range.to ? options.today : options.range.to;
}

export function costingOf(data: MapData): Costing {
  return { template: data.template, roles: data.roles };
}

/**
 * The notes a costed map carries about roles the template does not price: a
 * role at the school's own rate (said only when the template prices some roles
 * itself, since the built-in default prices none on purpose), and a role with
 * no rate anywhere, whose time is not costed.
 */
export function costNotes(groups: readonly ProvisionGroup[], data: MapData): string[] {
  const roleIds = new Set(groups.flatMap((g) => g.staff.map((s) => s.roleId)));
  const templatePricesRoles = Object.keys(data.template.ratesPerMinutePence).length > 0;
  const notes: string[] = [];
  const nameOf = (id: string): string => data.roles.find((r) => r.id === id)?.name ?? 'A role no longer in the list';
  for (const id of [...roleIds].sort((a, b) => nameOf(a).localeCompare(nameOf(b)))) {
    const { source } = ratePerMinute(data.template, data.roles, id);
    if (source === 'missing') notes.push(`${nameOf(id)} has no rate, so their time is not costed.`);
    else if (source === 'school' && templatePricesRoles) {
      notes.push(`${nameOf(id)} is costed at the school’s own hourly rate: ${data.template.name} does not price this role.`);
    }
  }
  return notes;
}

export function mapHeader(data: MapData, options: MapOptions, title: string, scope: string, groups: readonly ProvisionGroup[]): MapHeader {
  const show = costsShown(options);
  return {
    schoolName: data.schoolName,
    title,
    scope,
    range: { from: options.range.from, to: options.range.to, label: options.range.label },
    asOf: asOfDate(options),
    audience: options.audience,
    showCosts: show,
    ...(show ? { costNotes: costNotes(groups, data) } : {}),
  };
}

/** A group with any day in the range. */
export function groupInRange(group: ProvisionGroup, from: string, to: string): boolean {
  return group.startDate <= to && (group.endDate === null || group.endDate >= from);
}

/** The membership's days within the group's run and the range; null when it has none there. */
export function spanInRange(group: ProvisionGroup, membership: ProvisionMembership, options: MapOptions): { from: number; to: number } | null {
  const openEnd = openEndFor(options.range);
  const span = membershipSpan(membership, { from: dayNumber(group.startDate), to: dayNumber(group.endDate ?? openEnd) });
  if (!span) return null;
  const from = Math.max(span.from, dayNumber(options.range.from));
  const to = Math.min(span.to, dayNumber(options.range.to));
  return from <= to ? { from, to } : null;
}

/** Costs of one group's memberships in the map's range, or null when costs are not shown. */
export function rangeCosts(group: ProvisionGroup, own: readonly ProvisionMembership[], data: MapData, options: MapOptions): Map<string, MembershipCost> | null {
  if (!costsShown(options)) return null;
  return groupCosts(group, own, costingOf(data), options.range, options.today);
}

export function addCost(total: CostPair, add: CostPair | undefined): CostPair {
  if (!add) return total;
  return { toDatePence: total.toDatePence + add.toDatePence, projectedPence: total.projectedPence + add.projectedPence };
}

export const zeroCost = (): CostPair => ({ toDatePence: 0, projectedPence: 0 });

export function pupilOf(data: MapData, pupilId: string): MapPupil {
  return data.pupils[pupilId] ?? { id: pupilId, name: 'Pupil not on the register', year: null, className: null, senStatus: null, needs: [] };
}

/** "(Y4)", "(R)", "(N1)": the short year after a name on a staff list. */
export function shortYear(year: NcYearGroup | null): string {
  if (year === null) return '';
  return /^\d+$/.test(year) ? ` (Y${year})` : ` (${year})`;
}

export function outcomeOf(outcomes: readonly ReviewOutcome[], id: string | null): { label: string; score: number } | null {
  const found = id === null ? undefined : outcomes.find((o) => o.id === id);
  return found ? { label: found.label, score: found.score } : null;
}

/** Names and titles in English order; one collator, as localeCompare builds one per call. */
export const compareText = new Intl.Collator('en-GB').compare;

export function round1(value: number): number {
  return Math.round((value + Number.EPSILON) * 10) / 10;
}

/** A school map and impact sheet are for staff or a meeting; only a single pupil's map may go to a parent. */
export function refuseParent(options: MapOptions, what: string): void {
  if (options.audience === 'parent') throw new RangeError(`A ${what} cannot be made for a parent: only a single pupil’s map can.`);
}
