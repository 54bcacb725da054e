/**
 * School Census days (REFERENCE.md §2): the first Thursday of October (autumn), the third
 * Thursday of January (spring: the one that collects SEN needs) and the third Thursday of
 * May (summer). An academic year starting in September Y has its autumn census in
 * October Y and its spring and summer censuses in Y + 1.
 *
 * Census days are calendar dates, not instants: everything here is arithmetic on ISO
 * `YYYY-MM-DD` dates in UTC, so no time zone or clock change can move a day.
 */

export const censusTerms = ['autumn', 'spring', 'summer'] as const;
export type CensusTerm = (typeof censusTerms)[number];

export interface CensusDays {
  autumn: string;
  spring: string;
  summer: string;
}

const THURSDAY = 4; // Date#getUTCDay: Sunday is 0

/** ISO date of the nth Thursday of a month (monthIndex 0 = January). */
function nthThursday(year: number, monthIndex: number, n: number): string {
  const first = new Date(Date.UTC(year, monthIndex, 1));
  const toThursday = (THURSDAY - first.getUTCDay() + 7) % 7;
  first.setUTCDate(1 + toThursday + 7 * (n - 1));
  return first.toISOString().slice(0, 10);
}

/** The three census days of the academic year starting in September of `academicYearStart`. */
export function censusDaysOf(academicYearStart: number): CensusDays {
  // Four-digit years keep the ISO text a plain YYYY-MM-DD (and Date.UTC reads 0–99 as 19xx).
  if (!Number.isInteger(academicYearStart) || academicYearStart < 1000 || academicYearStart > 9998) {
    throw new RangeError(`Not an academic year: ${String(academicYearStart)}.`);
  }
  return {
    autumn: nthThursday(academicYearStart, 9, 1),
    spring: nthThursday(academicYearStart + 1, 0, 3),
    summer: nthThursday(academicYearStart + 1, 4, 3),
  };
}

/** The census day on or after `today` (ISO date): a census held today is still to come. */
export function nextCensusDay(today: string): { term: CensusTerm; date: string } {
  const year = calendarYear(today);
  // January to September belong to the academic year that started the year before;
  // from October on, the next day is in this year's autumn or the next spring.
  for (const start of [year - 1, year]) {
    const days = censusDaysOf(start);
    for (const term of censusTerms) {
      // ISO dates of the same length sort as text in calendar order.
      if (days[term] >= today) return { term, date: days[term] };
    }
  }
  // Unreachable: the spring census of `year + 1` always comes after any day of `year`.
  throw new Error(`No census day found after ${today}.`);
}

/** The year of a valid ISO calendar date; anything else is refused rather than guessed. */
function calendarYear(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? match.slice(1).map(Number) : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
  // A day that does not exist (30 February) rolls into the next month and fails the round trip.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`Not a calendar date: ${JSON.stringify(iso)}.`);
  }
  return year!;
}
