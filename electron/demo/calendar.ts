/**
 * School dates for the synthetic school, as whole days since 1 January 1970 (UTC
 * calendar arithmetic only: no clock, no time zone). An English academic year runs
 * from 1 September; a child is in Reception in the academic year that starts after
 * their fourth birthday, so the cut-off for a year group is 1 September.
 *
 * The term dates are a plausible pattern, not any LA's calendar: the autumn term
 * starts on the first weekday on or after 3 September, the summer term ends on the
 * last weekday on or before 22 July, and 21 December to 3 January is the Christmas
 * holiday. Half terms and Easter are ignored: they only move dates a little.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}.`);
  }
  return ms / MS_PER_DAY;
}

export function toIso(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const dayOf = (year: number, month: number, date: number): Day => Date.UTC(year, month - 1, date) / MS_PER_DAY;
const parts = (day: Day) => {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() };
};

export const isWeekend = (day: Day): boolean => {
  const { weekday } = parts(day);
  return weekday === 0 || weekday === 6;
};

/** The academic year a day falls in, named by the year it starts (2026 for 2026/27). */
export function academicYearOf(day: Day): number {
  const { year, month } = parts(day);
  return month >= 9 ? year : year - 1;
}

export function firstSchoolDay(academicYear: number): Day {
  let day = dayOf(academicYear, 9, 3);
  while (isWeekend(day)) day++;
  return day;
}

export function lastSchoolDay(academicYear: number): Day {
  let day = dayOf(academicYear + 1, 7, 22);
  while (isWeekend(day)) day--;
  return day;
}

/** A weekday in term time. */
export function isTermDay(day: Day): boolean {
  if (isWeekend(day)) return false;
  const year = academicYearOf(day);
  if (day < firstSchoolDay(year) || day > lastSchoolDay(year)) return false;
  const { month, date } = parts(day);
  return !((month === 12 && date >= 21) || (month === 1 && date <= 3));
}

export function termDayOnOrAfter(day: Day): Day {
  while (!isTermDay(day)) day++;
  return day;
}

export function termDayOnOrBefore(day: Day): Day {
  while (!isTermDay(day)) day--;
  return day;
}

/** The nearest term day at or after `day` if it is no later than `latest`, else at or before. */
export function termDayWithin(day: Day, latest: Day): Day {
  const after = termDayOnOrAfter(day);
  return after <= latest ? after : termDayOnOrBefore(day);
}

/** The same calendar date `years` earlier (29 February becomes 28 February). */
export function yearsBefore(day: Day, years: number): Day {
  const { year, month, date } = parts(day);
  const target = dayOf(year - years, month, date);
  return parts(target).month === month ? target : dayOf(year - years, month, 28);
}

/** The first and last dates of birth for a child in Reception in `receptionYear`. */
export function birthRange(receptionYear: number): [Day, Day] {
  return [dayOf(receptionYear - 5, 9, 1), dayOf(receptionYear - 4, 8, 31)];
}

/** The NC year code for a year number: 0 is Reception. */
export const ncYearCode = (year: number): string => (year === 0 ? 'R' : String(year));
