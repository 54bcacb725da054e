import type { NeedType } from '../../shared/domain/sen';
import type { Random } from './random';

/**
 * Types of need for the synthetic school, weighted to look like England's
 * mainstream schools. The weights are rounded from the shape of DfE "Special
 * educational needs in England" (2023/24 and 2024/25): they are plausible shares,
 * not the published figures.
 *
 * - SEN support (K), primary phase: speech, language and communication needs
 *   lead, then SEMH and MLD.
 * - SEN support, secondary phase: SEMH and specific learning difficulties lead.
 * - EHC plans (E): autism leads by far; severe, profound and sensory needs are a
 *   larger share of plans than of SEN support, but still few in a mainstream school.
 * - NSA (no specialist assessment yet) appears only with SEN support (census rule
 *   2175) and only as the single need: nothing has been assessed.
 * - DS (Down syndrome) is rare, and is a census category only from January 2025:
 *   before then the same pupil was recorded under another need (see `DS_FROM`).
 */
type Table = readonly (readonly [NeedType, number])[];

export const senSupportPrimary: Table = [
  ['SLCN', 30], ['SEMH', 16], ['MLD', 13], ['SPLD', 9], ['ASD', 9], ['NSA', 6], ['OTH', 4], ['PD', 3], ['HI', 1.5],
  ['VI', 0.8], ['SLD', 0.4], ['MSI', 0.2], ['DS', 0.2],
];

export const senSupportSecondary: Table = [
  ['SEMH', 26], ['SPLD', 20], ['SLCN', 14], ['MLD', 13], ['ASD', 10], ['OTH', 5], ['NSA', 4], ['PD', 2.5], ['HI', 1.5],
  ['VI', 1], ['SLD', 0.3], ['MSI', 0.2], ['DS', 0.1],
];

export const ehcPlan: Table = [
  ['ASD', 34], ['SLCN', 17], ['SEMH', 15], ['MLD', 8], ['SLD', 6], ['PD', 5], ['SPLD', 4], ['HI', 2.5], ['OTH', 2],
  ['DS', 2], ['VI', 1.5], ['PMLD', 1.5], ['MSI', 0.5],
];

/** The second need, when there is one: what most often comes alongside. */
const secondary: Table = [
  ['SLCN', 24], ['SEMH', 24], ['SPLD', 12], ['ASD', 10], ['MLD', 10], ['OTH', 6], ['PD', 4], ['HI', 3], ['VI', 3],
  ['SLD', 1], ['MSI', 0.5],
];

/** An occasional third need, kept by the school for itself (the census takes ranks 1 and 2 only). */
const third: Table = [['SEMH', 3], ['SLCN', 3], ['PD', 2], ['SPLD', 2], ['OTH', 2], ['VI', 1], ['HI', 1]];

/** The census has had a Down syndrome category since January 2025: the first school day that month. */
export const DS_FROM = '2025-01-06';
/** What a pupil with Down syndrome was recorded under before then. */
export const DS_BEFORE: readonly NeedType[] = ['MLD', 'SLD', 'SLCN'];

/** A set of needs: the type at index 0 is rank 1, index 1 rank 2, and so on. */
export type NeedSet = readonly NeedType[];

/** About 4 in 10 pupils on the register have a secondary need by now (some added along the way). */
export const SECONDARY_CHANCE = 0.3;

const without = (table: Table, taken: readonly string[]): Table => table.filter(([type]) => !taken.includes(type));

export function drawNeeds(table: Table, rnd: Random): NeedSet {
  const primary = rnd.weighted(table);
  if (primary === 'NSA' || !rnd.chance(SECONDARY_CHANCE)) return [primary];
  return [primary, rnd.weighted(without(secondary, [primary]))];
}

export const senSupportTable = (secondaryPhase: boolean): Table => (secondaryPhase ? senSupportSecondary : senSupportPrimary);

/** An assessed need in place of NSA, as a specialist assessment would find. */
export const assessed = (rnd: Random, secondaryPhase: boolean): NeedSet => drawNeeds(without(senSupportTable(secondaryPhase), ['NSA']), rnd);

/** Needs so clear from the start that support and plan name the same one. */
const evident: readonly NeedType[] = ['HI', 'VI', 'MSI', 'PD', 'DS', 'SLD', 'PMLD'];
/** What SEN support was for before an assessment named the need a plan is for. */
const earlierConcern: Table = [['NSA', 3], ['SLCN', 4], ['SEMH', 3], ['MLD', 2], ['SPLD', 1]];

/**
 * The needs on SEN support before a plan with `plan`'s needs: drawn backwards from
 * the plan so the plans keep the plan table's shape. Half the time the same; or the
 * plan's secondary need was the first concern (speech and language, then a
 * diagnosis of autism); or support began with a common concern, or with no
 * specialist assessment (NSA) at all.
 */
export function needsBeforePlan(plan: NeedSet, rnd: Random): NeedSet {
  const [primary, second] = plan;
  if (primary === undefined || evident.includes(primary)) return plan;
  const draw = rnd.next();
  if (draw < 0.5) return second !== undefined && rnd.chance(0.3) ? [primary] : plan;
  if (draw < 0.7 && second !== undefined) return rnd.chance(0.5) ? [second] : [second, primary];
  const earlier = rnd.weighted(earlierConcern);
  return earlier === primary || earlier === second ? plan : [earlier];
}

/** A plan that may later cease: not for needs that last (sensory, physical, severe and profound). */
export const ceasingPlan: Table = without(ehcPlan, evident);

/** When a plan ceases and SEN support continues: the primary need stays; a secondary may go. */
export const needsAfterPlan = (before: NeedSet, rnd: Random): NeedSet => (before.length > 1 && rnd.chance(0.5) ? before.slice(0, 1) : before.slice(0, 2));

/**
 * A change part-way through a period of provision: the ranks swap, a secondary
 * need is added, a third is noted, or a new primary need is identified (a
 * diagnosis of autism after speech and language concerns, say). NSA is replaced by
 * an assessed need.
 */
export function changedNeeds(before: NeedSet, rnd: Random, secondaryPhase: boolean): NeedSet {
  const [primary, second] = before;
  if (primary === undefined || primary === 'NSA') return assessed(rnd, secondaryPhase);
  const change = rnd.weighted([
    ['swap', second === undefined ? 0 : 3],
    ['add-second', second === undefined ? 4 : 0],
    ['add-third', second === undefined ? 0 : 1.5],
    ['new-primary', 2],
  ] as const);
  switch (change) {
    case 'swap':
      return [second!, primary];
    case 'add-second':
      return [primary, rnd.weighted(without(secondary, [primary]))];
    case 'add-third':
      return [primary, second!, rnd.weighted(without(third, [primary, second!]))];
    case 'new-primary': {
      const fresh = rnd.weighted(without(senSupportTable(secondaryPhase), ['NSA', primary]));
      return [fresh, primary];
    }
    default:
      throw new Error(`Unknown change of needs: ${String(change satisfies never)}`);
  }
}
