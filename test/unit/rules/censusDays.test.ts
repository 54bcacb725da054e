import { describe, expect, it } from 'vitest';
import { censusDaysOf, nextCensusDay } from '../../../shared/rules/censusDays';

describe('censusDaysOf', () => {
  // Checked against Python's calendar module (calendar.monthcalendar), not derived from the code.
  it.each([
    [2024, { autumn: '2024-10-03', spring: '2025-01-16', summer: '2025-05-15' }], // the DfE's published dates
    [2025, { autumn: '2025-10-02', spring: '2026-01-15', summer: '2026-05-21' }], // January 2026 starts on a Thursday
    [2026, { autumn: '2026-10-01', spring: '2027-01-21', summer: '2027-05-20' }], // October 2026 starts on a Thursday
    [2027, { autumn: '2027-10-07', spring: '2028-01-20', summer: '2028-05-18' }], // October 2027: the latest first Thursday
    [2028, { autumn: '2028-10-05', spring: '2029-01-18', summer: '2029-05-17' }],
  ])('the academic year starting in September %i', (year, days) => {
    expect(censusDaysOf(year)).toEqual(days);
  });

  it('always lands on a Thursday in the right week, for a century of years', () => {
    for (let year = 2000; year <= 2100; year++) {
      const { autumn, spring, summer } = censusDaysOf(year);
      for (const [date, month, firstDay] of [
        [autumn, `${year}-10`, 1],
        [spring, `${year + 1}-01`, 15],
        [summer, `${year + 1}-05`, 15],
      ] as const) {
        expect(new Date(`${date}T12:00:00Z`).getUTCDay(), date).toBe(4);
        expect(date.slice(0, 7), date).toBe(month);
        const day = Number(date.slice(8));
        expect(day >= firstDay && day <= firstDay + 6, date).toBe(true);
      }
    }
  });

  it.each([2025.5, NaN, Infinity, 99, 999, 9999, -2025])('refuses %s', (year) => {
    expect(() => censusDaysOf(year)).toThrow(RangeError);
  });
});

describe('nextCensusDay', () => {
  it.each([
    ['2025-09-01', 'autumn', '2025-10-02'], // the start of the academic year
    ['2025-10-01', 'autumn', '2025-10-02'],
    ['2025-10-02', 'autumn', '2025-10-02'], // census day itself is still to come
    ['2025-10-03', 'spring', '2026-01-15'],
    ['2025-12-31', 'spring', '2026-01-15'], // across the new year
    ['2026-01-01', 'spring', '2026-01-15'],
    ['2026-01-15', 'spring', '2026-01-15'],
    ['2026-01-16', 'summer', '2026-05-21'],
    ['2026-05-21', 'summer', '2026-05-21'],
    ['2026-05-22', 'autumn', '2026-10-01'], // through the summer holiday
    ['2026-08-31', 'autumn', '2026-10-01'],
    ['2026-09-30', 'autumn', '2026-10-01'],
    ['2026-10-01', 'autumn', '2026-10-01'],
    ['2026-10-02', 'spring', '2027-01-21'],
    ['2027-05-21', 'autumn', '2027-10-07'],
    ['2027-10-07', 'autumn', '2027-10-07'],
    ['2027-10-08', 'spring', '2028-01-20'],
    ['2028-02-29', 'summer', '2028-05-18'], // a leap day
    ['2028-05-19', 'autumn', '2028-10-05'],
    ['2028-10-06', 'spring', '2029-01-18'],
  ])('on %s the next census is %s, %s', (today, term, date) => {
    expect(nextCensusDay(today)).toEqual({ term, date });
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '2026-1-15', '15/01/2026', '2026-01-15T09:00:00Z', ' 2026-01-15', ''])(
    'refuses %j rather than guess',
    (today) => {
      expect(() => nextCensusDay(today)).toThrow(RangeError);
    },
  );
});
