import type { Audience, CostPair, MapRange, ScoreChange } from '../../shared/domain/provisionMaps';
import { type EvaluationDecision, type Wave, evaluationDecisionLabels, waveLabels } from '../../shared/domain/provision';
import { type NcYearGroup, ncYearGroupLabels } from '../../shared/domain/sen';
import { formatSchoolDate } from '../../shared/rules/schoolDate';
import { formatPence } from '../../shared/rules/provisionWords';

/**
 * How the provision map documents say money, numbers, dates and waves.
 * Local to the documents for now: shared/rules/provisionWords.ts is being
 * written alongside and the two are to become one at merge.
 *
 * Every formatter refuses a number that is not finite, so a slip upstream
 * fails loudly instead of printing "NaN" on a map that goes to the LA.
 */

function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`A provision map cannot show ${what} ${String(value)}.`);
  return value;
}

/** Whole pence → "£1,234.56": the same words on paper as on screen. */
export { formatPence };

const upToOneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "1,234", "12.5": hours, sessions and scores. */
export function formatNumber(value: number): string {
  // Intl would print "-0" for a tiny negative that rounds away.
  const text = upToOneDecimal.format(finite(value, 'the number'));
  return text === '-0' ? '0' : text;
}

/** A gain or a loss, with its sign: "+6", "−2.5", "0". A real minus sign reads better in print than a hyphen. */
export function formatChange(value: number): string {
  const text = formatNumber(Math.abs(value));
  if (text === '0') return '0';
  return value > 0 ? `+${text}` : `−${text}`;
}

/** "3 pupils", "1 pupil". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** "1 September 2026 to 18 December 2026", "from 1 September 2026" for a provision with no end set. */
export function formatDates(start: string, end: string | null): string {
  return end === null ? `From ${formatSchoolDate(start)}, no end date set` : `${formatSchoolDate(start)} to ${formatSchoolDate(end)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-09-07` → "7 Sep 2026", for a narrow table column; checked as a calendar date first. */
export function formatShortDate(isoDate: string): string {
  formatSchoolDate(isoDate);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]!} ${year}`;
}

/** "7 Sep 2026 to 11 Dec 2026", "From 7 Sep 2026, no end set". */
export function formatShortDates(start: string, end: string | null): string {
  return end === null ? `From ${formatShortDate(start)}, no end set` : `${formatShortDate(start)} to ${formatShortDate(end)}`;
}

/** The map's period with its dates, unless its label already is the dates. */
export function formatRange(range: MapRange): string {
  const dates = `${formatSchoolDate(range.from)} to ${formatSchoolDate(range.to)}`;
  return range.label === dates ? dates : `${range.label} (${dates})`;
}

export function yearLabel(year: NcYearGroup | null): string {
  return year === null ? 'Year not recorded' : ncYearGroupLabels[year];
}

/** A family reads what a wave means, with the school's word beside it for when it comes up in a meeting. */
const parentWaves: Record<Wave, string> = {
  1: 'Good teaching for the whole class (wave 1)',
  2: 'Small-group support (wave 2)',
  3: 'Individual or specialist support (wave 3)',
};

export function waveWords(wave: Wave, audience: Audience): string {
  return audience === 'parent' ? parentWaves[wave] : waveLabels[wave];
}

/** "Wave 2" in a narrow column for staff, who know the term. */
export function waveShort(wave: Wave): string {
  return `Wave ${wave}`;
}

const parentDecisions: Record<EvaluationDecision, string> = {
  continue: 'It will carry on',
  stop: 'It will stop',
  change: 'It will change',
};

export function decisionWords(decision: EvaluationDecision, audience: Audience): string {
  return audience === 'parent' ? parentDecisions[decision] : evaluationDecisionLabels[decision];
}

export const NOT_YET = 'Not yet';

/** An entry or exit score, or "Not yet" until it is recorded. */
export function formatScore(score: number | null): string {
  return score === null ? NOT_YET : formatNumber(score);
}

/** "92 → 101 (+9, +1.5 a month)", "92 → Not yet". */
export function formatScoreChange(scores: ScoreChange): string {
  const move = `${formatScore(scores.entry)} → ${formatScore(scores.exit)}`;
  if (scores.change === null) return move;
  const perMonth = scores.perMonth === null ? '' : `, ${formatChange(scores.perMonth)} a month`;
  return `${move} (${formatChange(scores.change)}${perMonth})`;
}

/** An outcome as the school scores it, −2…+2; a family gets the words only. */
export function formatOutcome(outcome: { label: string; score: number } | null, audience: Audience): string {
  if (outcome === null) return 'Not reviewed yet';
  return audience === 'parent' ? outcome.label : `${outcome.label} (${formatChange(outcome.score)})`;
}

/** The two halves of a cost, each a printed sum: only ever called with a cost that is there. */
export function costWords(cost: CostPair): { toDate: string; projected: string } {
  return { toDate: formatPence(cost.toDatePence), projected: formatPence(cost.projectedPence) };
}
