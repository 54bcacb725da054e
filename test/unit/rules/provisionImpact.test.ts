import { describe, expect, it } from 'vitest';
import type { Score } from '../../../shared/domain/provision';
import { costPerUnitGain, impactSummary, monthsBetween, scoreChange, type ImpactRow } from '../../../shared/rules/provisionImpact';

const at = (score: number, date: string): Score => ({ score, date });

describe('change from entry to exit', () => {
  it.each<[string, Score | null, Score | null, { entry: number | null; exit: number | null; change: number | null; perMonth: number | null }]>([
    ['no scores yet', null, null, { entry: null, exit: null, change: null, perMonth: null }],
    ['an entry score only', at(84, '2026-09-07'), null, { entry: 84, exit: null, change: null, perMonth: null }],
    ['an exit score only', null, at(90, '2026-12-07'), { entry: null, exit: 90, change: null, perMonth: null }],
    // 365.25 days is 12 months exactly
    ['a year of reading age: +9 months', at(84, '2026-09-01'), at(93, '2027-09-01'), { entry: 84, exit: 93, change: 9, perMonth: 0.75 }],
    ['91 days is 2.99 months', at(84, '2026-09-07'), at(90, '2026-12-07'), { entry: 84, exit: 90, change: 6, perMonth: 2.01 }],
    ['going backwards', at(95, '2026-09-07'), at(92, '2026-12-07'), { entry: 95, exit: 92, change: -3, perMonth: -1 }],
    ['both on one day: no time passed', at(5, '2026-09-07'), at(7, '2026-09-07'), { entry: 5, exit: 7, change: 2, perMonth: null }],
    ['B Squared steps with fractions', at(10.5, '2026-09-07'), at(12.25, '2027-03-07'), { entry: 10.5, exit: 12.25, change: 1.75, perMonth: 0.29 }],
  ])('%s', (_, entry, exit, expected) => {
    expect(scoreChange(entry, exit)).toEqual(expected);
  });

  it('counts months as days ÷ (365.25 ÷ 12)', () => {
    expect(monthsBetween('2026-09-01', '2027-09-01')).toBe(365 / (365.25 / 12));
    expect(monthsBetween('2026-09-01', '2026-09-01')).toBe(0);
  });
});

describe('cost per unit of gain', () => {
  it.each<[number, number | null, number | null]>([
    [3750, 6, 625],
    [3750, 7, 536],
    [3750, 0, null],
    [3750, -2, null],
    [3750, null, null],
    [0, 3, 0],
  ])('%d pence for a change of %j → %j', (pence, change, expected) => {
    expect(costPerUnitGain(pence, change)).toBe(expected);
  });
});

describe('a group’s impact summary', () => {
  const rows: ImpactRow[] = [
    { entry: at(84, '2026-09-01'), exit: at(93, '2027-09-01'), outcomeScore: 2, projectedPence: 3750 },
    { entry: at(80, '2026-09-01'), exit: at(83, '2027-09-01'), outcomeScore: 1, projectedPence: 3750 },
    { entry: at(90, '2026-09-01'), exit: at(90, '2027-09-01'), outcomeScore: 0, projectedPence: 3750 },
    { entry: at(70, '2026-09-01'), exit: null, outcomeScore: null, projectedPence: 3750 },
  ];

  it('counts, means and cost per unit of gain of the measured pupils', () => {
    expect(impactSummary(rows)).toEqual({
      pupils: 4,
      measured: 3,
      improved: 2,
      meanChange: 4,
      meanPerMonth: 0.33,
      meanOutcomeScore: 1,
      // three measured pupils' £112.50 ÷ 12 months gained
      costPerUnitGainPence: 938,
    });
  });

  it.each<[string, ImpactRow[], Partial<ReturnType<typeof impactSummary>>]>([
    ['nobody yet', [], { pupils: 0, measured: 0, improved: 0, meanChange: null, meanPerMonth: null, meanOutcomeScore: null, costPerUnitGainPence: null }],
    ['no gain overall', [{ ...rows[2]!, outcomeScore: null }], { measured: 1, improved: 0, meanChange: 0, costPerUnitGainPence: null }],
    ['a loss overall', [{ entry: at(90, '2026-09-01'), exit: at(85, '2026-12-01'), outcomeScore: -1, projectedPence: 100 }], { meanChange: -5, meanOutcomeScore: -1, costPerUnitGainPence: null }],
    ['costs not shown', rows.map(({ projectedPence: _, ...row }) => row), { measured: 3, costPerUnitGainPence: null }],
  ])('%s', (_, given, expected) => {
    expect(impactSummary(given)).toMatchObject(expected);
  });
});
