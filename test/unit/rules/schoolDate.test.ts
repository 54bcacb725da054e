import { describe, expect, it } from 'vitest';
import { formatLondonDateTime, formatSchoolDate, londonDate } from '../../../shared/rules/schoolDate';

describe('londonDate', () => {
  it.each([
    ['2026-06-30T23:30:00Z', '2026-07-01'], // BST: 00:30 in London is the next day
    ['2026-12-31T23:30:00Z', '2026-12-31'], // GMT: still the same day
    ['2026-03-29T00:59:59Z', '2026-03-29'], // the night the clocks go forward
    ['2026-10-24T23:00:00Z', '2026-10-25'], // BST until 01:00 UTC on 25 October
  ])('%s is %s in London', (instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });
});

describe('formatSchoolDate', () => {
  it.each([
    ['2026-11-29', '29 November 2026'],
    ['2026-03-01', '1 March 2026'],
    ['2028-02-29', '29 February 2028'],
    ['2026-03-29', '29 March 2026'], // the clocks go forward: still the same day
    ['2026-10-25', '25 October 2026'],
  ])('%s → %s', (iso, words) => {
    expect(formatSchoolDate(iso)).toBe(words);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '29/11/2026', '2026-11-29T00:00:00Z', ''])('refuses %j', (iso) => {
    expect(() => formatSchoolDate(iso)).toThrow(RangeError);
  });
});

describe('formatLondonDateTime', () => {
  it.each([
    ['2026-11-29T14:05:00Z', '29 November 2026 at 2:05pm'], // GMT
    ['2026-06-30T23:30:00Z', '1 July 2026 at 12:30am'], // BST: already the next day in London
    ['2026-07-01T08:00:00Z', '1 July 2026 at 9am'],
    ['2026-07-01T11:00:00Z', '1 July 2026 at midday'],
    ['2026-12-31T00:00:00Z', '31 December 2026 at midnight'],
    ['2026-12-31T12:59:59Z', '31 December 2026 at 12:59pm'],
    ['2026-03-29T01:00:00Z', '29 March 2026 at 2am'], // the first minute of BST
  ])('%s → %s', (instant, words) => {
    expect(formatLondonDateTime(instant)).toBe(words);
    expect(formatLondonDateTime(new Date(instant))).toBe(words);
  });

  it('refuses what is not an instant', () => {
    expect(() => formatLondonDateTime('soon')).toThrow(RangeError);
  });
});
