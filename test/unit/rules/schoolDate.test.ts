import { describe, expect, it } from 'vitest';
import { londonDate } from '../../../shared/rules/schoolDate';

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
