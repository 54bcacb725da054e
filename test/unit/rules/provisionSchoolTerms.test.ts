import { describe, expect, it } from 'vitest';
import { customRangeProblems, daysInclusive, easterSunday, rangeLabel, termContaining, termsOfSchoolYear } from '../../../shared/rules/schoolTerms';

describe('Easter Sunday (anonymous Gregorian algorithm)', () => {
  it.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%d → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('terms of a school year', () => {
  it('runs autumn to 31 December, spring to Easter Sunday, summer from Easter Monday to 31 August', () => {
    expect(termsOfSchoolYear(2026)).toEqual([
      { term: 'autumn', from: '2026-09-01', to: '2026-12-31', label: 'Autumn term 2026' },
      { term: 'spring', from: '2027-01-01', to: '2027-03-28', label: 'Spring term 2027' },
      { term: 'summer', from: '2027-03-29', to: '2027-08-31', label: 'Summer term 2027' },
    ]);
  });

  it('covers every day of the year once', () => {
    const terms = termsOfSchoolYear(2027);
    expect(terms.reduce((days, t) => days + daysInclusive(t.from, t.to), 0)).toBe(daysInclusive('2027-09-01', '2028-08-31'));
  });

  it.each([
    ['2026-09-01', 'Autumn term 2026'],
    ['2026-12-31', 'Autumn term 2026'],
    ['2027-01-01', 'Spring term 2027'],
    ['2027-03-28', 'Spring term 2027'],
    ['2027-03-29', 'Summer term 2027'],
    ['2027-08-31', 'Summer term 2027'],
    ['2026-04-05', 'Spring term 2026'],
    ['2026-04-06', 'Summer term 2026'],
  ])('%s is in the %s', (date, label) => {
    expect(termContaining(date).label).toBe(label);
  });
});

describe('a range in words and a custom range', () => {
  it.each([
    ['2026-09-01', '2026-12-31', '1 September 2026 to 31 December 2026'],
    ['2027-03-29', '2027-03-29', '29 March 2027'],
  ])('%s to %s reads "%s"', (from, to, words) => {
    expect(rangeLabel(from, to)).toBe(words);
  });

  it.each<[string, string, string, { field: string; message: string }[]]>([
    ['a term', '2026-09-01', '2026-12-31', []],
    ['one day', '2026-09-01', '2026-09-01', []],
    ['exactly seven years less a day', '2020-09-01', '2027-08-31', []],
    ['a leap day start', '2024-02-29', '2031-02-28', []],
    ['seven years and a day', '2020-09-01', '2027-09-01', [{ field: 'to', message: 'A map can cover at most 7 years. Choose an earlier end date.' }]],
    ['the end before the start', '2026-12-31', '2026-09-01', [{ field: 'to', message: 'The end date must be the same as or after the start date.' }]],
    ['no real start', '2026-02-30', '2026-12-31', [{ field: 'from', message: 'Enter the start date as a real date, for example 1 September 2026.' }]],
    ['neither a date', '', '31/12/2026', [
      { field: 'from', message: 'Enter the start date as a real date, for example 1 September 2026.' },
      { field: 'to', message: 'Enter the end date as a real date, for example 31 December 2026.' },
    ]],
  ])('%s', (_, from, to, problems) => {
    expect(customRangeProblems(from, to)).toEqual(problems);
  });
});
