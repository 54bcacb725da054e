import { formatSchoolDate } from './schoolDate';

/**
 * School years and terms for the provision maps' range picker, and the day
 * arithmetic the costing rules share. A school date is an ISO calendar date
 * (Europe/London); counting days on UTC noon-free day numbers is exact
 * because no time zone moves a calendar date.
 *
 * Terms follow the common English pattern, with the Easter holiday as the
 * boundary between spring and summer: Autumn 1 September–31 December, Spring
 * 1 January–Easter Sunday, Summer Easter Monday–31 August. Holidays inside a
 * term are not subtracted: a map's weeks come from the group's own weeks.
 */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = isoPattern.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// The same few thousand dates are counted over and over when a whole-school map is costed.
const dayCache = new Map<string, number>();
const DAY_CACHE_LIMIT = 50_000;

/** Days since 1970-01-01 for an ISO date; throws on anything else, so a bad date never costs silently. */
export function dayNumber(isoDate: string): number {
  const cached = dayCache.get(isoDate);
  if (cached !== undefined) return cached;
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a calendar date: ${JSON.stringify(isoDate)}.`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = Date.UTC(y, m - 1, d) / msPerDay;
  if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
  dayCache.set(isoDate, day);
  return day;
}

export function isoFromDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`, both counted: the same day is 1. */
export function daysInclusive(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

export interface DateRange {
  from: string;
  to: string;
}

/** The school year (1 September to 31 August) a date falls in. */
export function schoolYearOf(isoDate: string): DateRange & { startYear: number } {
  dayNumber(isoDate);
  const year = Number(isoDate.slice(0, 4));
  const startYear = Number(isoDate.slice(5, 7)) >= 9 ? year : year - 1;
  return { startYear, from: `${startYear}-09-01`, to: `${startYear + 1}-08-31` };
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const termNames = ['autumn', 'spring', 'summer'] as const;
export type TermName = (typeof termNames)[number];

export interface SchoolTerm extends DateRange {
  term: TermName;
  /** "Autumn term 2026", "Spring term 2027". */
  label: string;
}

/** The three terms of the school year that starts in September of `startYear`. */
export function termsOfSchoolYear(startYear: number): SchoolTerm[] {
  const next = startYear + 1;
  const easter = dayNumber(easterSunday(next));
  return [
    { term: 'autumn', from: `${startYear}-09-01`, to: `${startYear}-12-31`, label: `Autumn term ${startYear}` },
    { term: 'spring', from: `${next}-01-01`, to: isoFromDay(easter), label: `Spring term ${next}` },
    { term: 'summer', from: isoFromDay(easter + 1), to: `${next}-08-31`, label: `Summer term ${next}` },
  ];
}

export function termContaining(isoDate: string): SchoolTerm {
  const day = dayNumber(isoDate);
  const terms = termsOfSchoolYear(schoolYearOf(isoDate).startYear);
  // The three terms cover the school year without gaps, so one always matches.
  return terms.find((t) => day <= dayNumber(t.to)) ?? (terms[2] as SchoolTerm);
}

/** "1 September 2026 to 31 December 2026"; a single day is just its date. */
export function rangeLabel(from: string, to: string): string {
  return from === to ? formatSchoolDate(from) : `${formatSchoolDate(from)} to ${formatSchoolDate(to)}`;
}

export const MAX_RANGE_YEARS = 7;

/** What is wrong with a custom date range, as messages for the form; empty when it is fine. */
export function customRangeProblems(from: string, to: string): { field: 'from' | 'to'; message: string }[] {
  const problems: { field: 'from' | 'to'; message: string }[] = [];
  if (!isIsoDate(from)) problems.push({ field: 'from', message: 'Enter the start date as a real date, for example 1 September 2026.' });
  if (!isIsoDate(to)) problems.push({ field: 'to', message: 'Enter the end date as a real date, for example 31 December 2026.' });
  if (problems.length > 0) return problems;
  if (to < from) return [{ field: 'to', message: 'The end date must be the same as or after the start date.' }];
  const limit = `${Number(from.slice(0, 4)) + MAX_RANGE_YEARS}${from.slice(4)}`;
  // 29 February + 7 years is not a date: compare strings, which still orders correctly.
  if (to >= limit) return [{ field: 'to', message: `A map can cover at most ${MAX_RANGE_YEARS} years. Choose an earlier end date.` }];
  return [];
}
