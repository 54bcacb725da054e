import { describe, expect, it } from 'vitest';
import { fieldToPence, fieldToRatePerMinute, formatPence, formatRatePerMinute, penceToField, rateToField } from '../../../renderer/src/screens/provision/money';
import { readScore } from '../../../renderer/src/screens/provision/scoreText';

describe('money typed in pounds, kept in pence', () => {
  it.each<[string, { pence: number | null } | { error: string }]>([
    ['', { pence: null }],
    ['   ', { pence: null }],
    ['12', { pence: 1200 }],
    ['12.5', { pence: 1250 }],
    ['£1,234.56', { pence: 123456 }],
    ['0.30', { pence: 30 }],
    ['0.1', { pence: 10 }],
    ['12.345', { error: 'Give the cost in pounds and pence, for example 12.50.' }],
    ['-3', { error: 'Give the cost in pounds and pence, for example 12.50.' }],
    ['twelve', { error: 'Give the cost in pounds and pence, for example 12.50.' }],
  ])('"%s"', (typed, expected) => {
    expect(fieldToPence(typed, 'the cost')).toEqual(expected);
  });

  it.each<[number, string]>([
    [0, '£0.00'],
    [5, '£0.05'],
    [123456, '£1,234.56'],
    [600000, '£6,000.00'],
  ])('%i pence shows as %s', (pence, shown) => {
    expect(formatPence(pence)).toBe(shown);
  });

  it('a figure goes back into its field as pounds, and none as empty', () => {
    expect(penceToField(1250)).toBe('12.50');
    expect(penceToField(null)).toBe('');
  });
});

describe('a template’s rate a minute, to a hundredth of a penny', () => {
  it.each<[string, { pence: number | null } | { error: string }]>([
    ['', { pence: null }],
    ['0.3125', { pence: 31.25 }],
    ['£0.25', { pence: 25 }],
    ['1', { pence: 100 }],
    ['0.31255', { error: 'Give the rate in pounds a minute, for example 0.3125.' }],
  ])('"%s"', (typed, expected) => {
    expect(fieldToRatePerMinute(typed, 'the rate')).toEqual(expected);
  });

  it('shows as pounds with the fraction of a penny it has', () => {
    expect(formatRatePerMinute(31.25)).toBe('£0.3125');
    expect(formatRatePerMinute(25)).toBe('£0.25');
    expect(rateToField(31.25)).toBe('0.3125');
    expect(rateToField(undefined)).toBe('');
  });
});

describe('a score checked against its measure', () => {
  it.each<[string, Parameters<typeof readScore>[1], { score: number | null } | { error: string }]>([
    ['', 'reading-age', { score: null }],
    ['84', 'reading-age', { score: 84 }],
    ['84.5', 'reading-age', { error: 'Give the score as a whole number from 0 to 300.' }],
    ['301', 'reading-age', { error: 'Give the score as a whole number from 0 to 300.' }],
    ['39', 'standardised-score', { error: 'Give the score as a whole number from 40 to 160.' }],
    ['12.5', 'b-squared', { score: 12.5 }],
    ['29', 'engagement', { error: 'Give the score as a whole number from 0 to 28.' }],
    ['-4', 'custom', { score: -4 }],
    ['abc', 'custom', { error: 'Give the score as a number from -100000 to 100000.' }],
  ])('"%s" on %s', (typed, kind, expected) => {
    expect(readScore(typed, kind, 'the score')).toEqual(expected);
  });
});
