import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDates,
  formatNumber,
  formatOutcome,
  formatPence,
  formatRange,
  formatScoreChange,
  formatShortDates,
  plural,
  waveWords,
} from '../../../electron/documents/provisionWords';

describe('money on a provision map', () => {
  it.each([
    [0, '£0.00'],
    [5, '£0.05'],
    [123_456, '£1,234.56'],
    [600_000, '£6,000.00'],
    [123_456_789, '£1,234,567.89'],
    [-500, '−£5.00'],
  ])('%i pence is %s', (pence, words) => {
    expect(formatPence(pence)).toBe(words);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s rather than print it', (pence) => {
    expect(() => formatPence(pence)).toThrow(/cannot show a sum of/);
  });
});

describe('numbers, changes and scores', () => {
  it.each([
    [0, '0'],
    [12.5, '12.5'],
    [12.54, '12.5'],
    [1260, '1,260'],
    [-0.01, '0'],
  ])('%s reads %s', (value, words) => {
    expect(formatNumber(value)).toBe(words);
  });

  it.each([
    [6, '+6'],
    [-2.5, '−2.5'],
    [0, '0'],
    [0.04, '0'],
    [2.67, '+2.7'],
  ])('a change of %s reads %s', (value, words) => {
    expect(formatChange(value)).toBe(words);
  });

  it.each([
    [{ entry: 84, exit: 92, change: 8, perMonth: 2.7 }, '84 → 92 (+8, +2.7 a month)'],
    [{ entry: 84, exit: 92, change: 8, perMonth: null }, '84 → 92 (+8)'],
    [{ entry: 82, exit: null, change: null, perMonth: null }, '82 → Not yet'],
    [{ entry: null, exit: null, change: null, perMonth: null }, 'Not yet → Not yet'],
    [{ entry: 90, exit: 87, change: -3, perMonth: -1 }, '90 → 87 (−3, −1 a month)'],
  ])('scores %j read %s', (scores, words) => {
    expect(formatScoreChange(scores)).toBe(words);
  });

  it('counts in words', () => {
    expect([plural(1, 'pupil', 'pupils'), plural(3, 'pupil', 'pupils'), plural(0, 'pupil', 'pupils')]).toEqual(['1 pupil', '3 pupils', '0 pupils']);
  });

  it.each(['NaN', 'Infinity'])('refuses %s in a count or a change', (value) => {
    expect(() => formatNumber(Number(value))).toThrow(RangeError);
    expect(() => formatChange(Number(value))).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('says a provision’s dates, open-ended or not, long and short', () => {
    expect(formatDates('2026-09-07', '2026-12-11')).toBe('7 September 2026 to 11 December 2026');
    expect(formatDates('2026-09-07', null)).toBe('From 7 September 2026, no end date set');
    expect(formatShortDates('2026-09-07', '2026-12-11')).toBe('7 Sep 2026 to 11 Dec 2026');
    expect(formatShortDates('2026-09-07', null)).toBe('From 7 Sep 2026, no end set');
  });

  it('refuses a date that is not on the calendar', () => {
    expect(() => formatShortDates('2026-02-30', null)).toThrow(/Not a calendar date/);
  });

  it('gives the map’s period its dates, once', () => {
    expect(formatRange({ from: '2026-09-01', to: '2026-12-18', label: 'Autumn term 2026' })).toBe('Autumn term 2026 (1 September 2026 to 18 December 2026)');
    expect(formatRange({ from: '2026-09-01', to: '2026-12-18', label: '1 September 2026 to 18 December 2026' })).toBe('1 September 2026 to 18 December 2026');
  });
});

describe('words for each audience', () => {
  it.each([
    [1, 'Good teaching for the whole class (wave 1)', 'Wave 1: quality-first teaching'],
    [2, 'Small-group support (wave 2)', 'Wave 2: small group'],
    [3, 'Individual or specialist support (wave 3)', 'Wave 3: individual or specialist'],
  ] as const)('wave %i: a family reads what it means', (wave, parent, staff) => {
    expect(waveWords(wave, 'parent')).toBe(parent);
    expect(waveWords(wave, 'staff')).toBe(staff);
    expect(waveWords(wave, 'meeting')).toBe(staff);
  });

  it('gives a family the outcome in words, without the school’s score', () => {
    const met = { label: 'Met the intended outcome', score: 1 };
    expect(formatOutcome(met, 'staff')).toBe('Met the intended outcome (+1)');
    expect(formatOutcome(met, 'parent')).toBe('Met the intended outcome');
    expect(formatOutcome(null, 'meeting')).toBe('Not reviewed yet');
  });
});
