import { describe, expect, it } from 'vitest';
import type { CostingTemplate, ProvisionGroup, ProvisionMembership } from '../../../shared/domain/provision';
import {
  element3,
  groupCosts,
  membershipsByGroup,
  pupilYearCost,
  pupilYearCosts,
  ratePerMinute,
  roundPence,
  schoolYearOf,
  weeklyMinutes,
  weeksIn,
} from '../../../shared/rules/provisionCosting';
import { dayNumber } from '../../../shared/rules/schoolTerms';
import { autumn2026, defaultTemplate, group, laTemplate, membership, roles } from './provisionFixtures';

const fourPupils = ['m1', 'm2', 'm3', 'm4'].map((id, i) => membership(id, `p${i + 1}`));
const wholeRun = { from: '2026-09-07', to: '2026-11-15' };

function costs(g: ProvisionGroup, ms: ProvisionMembership[], opts: { template?: CostingTemplate; range?: { from: string; to: string }; today?: string } = {}) {
  const result = groupCosts(g, ms, { template: opts.template ?? defaultTemplate, roles }, opts.range ?? autumn2026, opts.today ?? '2026-12-31');
  return Object.fromEntries([...result].map(([id, c]) => [id, [c.toDatePence, c.projectedPence]]));
}

describe('the rate a minute of a role costs', () => {
  it.each<[string, CostingTemplate, string, { pencePerMinute: number; source: string }]>([
    ['a TA at £15.00 an hour, default template', defaultTemplate, 'ta', { pencePerMinute: 25, source: 'school' }],
    ['a TA the LA template prices at £0.3125 a minute', laTemplate, 'ta', { pencePerMinute: 0.3125, source: 'template' }],
    ['an HLTA the LA template does not price', laTemplate, 'hlta', { pencePerMinute: 30, source: 'school' }],
    ['a role with its rate hidden or never set', laTemplate, 'ep', { pencePerMinute: 0, source: 'missing' }],
    ['a role nobody knows', defaultTemplate, 'gone', { pencePerMinute: 0, source: 'missing' }],
    ['a template rate of 0 is a rate, not a gap', { ...laTemplate, ratesPerMinutePence: { ep: 0 } }, 'ep', { pencePerMinute: 0, source: 'template' }],
  ])('%s', (_, template, roleId, expected) => {
    expect(ratePerMinute(template, roles, roleId)).toEqual(expected);
  });
});

describe('weekly minutes and weeks', () => {
  it.each<[string, Partial<ProvisionGroup>, number]>([
    ['sessions × minutes without a timetable', { sessionsPerWeek: 3, minutesPerSession: 20 }, 60],
    ['the timetable’s slots when it has one', { timetable: [{ day: 'mon', start: '09:00', end: '09:20' }, { day: 'wed', start: '09:00', end: '09:30' }] }, 50],
  ])('%s', (_, change, minutes) => {
    expect(weeklyMinutes(group(change))).toBe(minutes);
  });

  it('spreads an ended group’s weeks over its days, and an open-ended one’s 38 over each school year', () => {
    const d = dayNumber;
    expect(weeksIn(group(), defaultTemplate, d('2026-09-07'), d('2026-11-15'))).toBeCloseTo(10, 10);
    expect(weeksIn(group(), defaultTemplate, d('2026-09-07'), d('2026-10-11'))).toBeCloseTo(5, 10);
    const open = group({ endDate: null });
    expect(weeksIn(open, defaultTemplate, d('2026-09-01'), d('2027-08-31'))).toBeCloseTo(38, 10);
    expect(weeksIn(open, defaultTemplate, d('2027-09-01'), d('2028-08-31'))).toBeCloseTo(38, 10); // 366 days, still 38
    expect(weeksIn(open, laTemplate, d('2026-09-01'), d('2028-08-31'))).toBeCloseTo(78, 10);
  });

  it.each([
    ['2026-08-31', '2025-09-01', '2026-08-31'],
    ['2026-09-01', '2026-09-01', '2027-08-31'],
    ['2027-02-28', '2026-09-01', '2027-08-31'],
  ])('%s is in the school year %s to %s', (date, from, to) => {
    expect(schoolYearOf(date)).toMatchObject({ from, to });
  });
});

describe('cost per pupil (REFERENCE §7)', () => {
  it.each<[string, Partial<ProvisionGroup>, ProvisionMembership[], Record<string, [number, number]>]>([
    // 3 × 20 min × 10 weeks × 25p ÷ 4 = £37.50 each
    ['the worked example: TA at £15.00/h, 3 × 20 min, 10 weeks, 4 pupils', {}, fourPupils, { m1: [3750, 3750], m2: [3750, 3750], m3: [3750, 3750], m4: [3750, 3750] }],
    ['materials £40 shared by 4 is £10 each', { materialsPence: 4000 }, fourPupils, { m1: [4750, 4750], m2: [4750, 4750], m3: [4750, 4750], m4: [4750, 4750] }],
    ['materials and licence both shared', { materialsPence: 2000, licencePence: 2000 }, fourPupils.slice(0, 2), { m1: [9500, 9500], m2: [9500, 9500] }],
    ['hidden materials (null) count as nothing', { materialsPence: null, licencePence: null }, fourPupils.slice(0, 1), { m1: [15000, 15000] }],
    ['two TAs cost twice', { staff: [{ name: 'Jo Bloggs', roleId: 'ta' }, { name: 'Sam Lee', roleId: 'ta' }] }, fourPupils, { m1: [7500, 7500], m2: [7500, 7500], m3: [7500, 7500], m4: [7500, 7500] }],
    ['timetable minutes: Mon 20 + Wed 30 = 50 a week', { timetable: [{ day: 'mon', start: '09:00', end: '09:20' }, { day: 'wed', start: '09:00', end: '09:30' }] }, fourPupils.slice(0, 1), { m1: [12500, 12500] }],
    // 35 days alone (£75), then 35 days shared by two (£37.50 each)
    ['a pupil joining halfway shares only the second half', {}, [membership('a', 'p1'), membership('b', 'p2', { startDate: '2026-10-12' })], { a: [11250, 11250], b: [3750, 3750] }],
    ['a pupil leaving halfway leaves the rest to the others', {}, [membership('a', 'p1', { endDate: '2026-10-11' }), membership('b', 'p2')], { a: [3750, 3750], b: [11250, 11250] }],
    ['a late joiner pays the same share of materials', { materialsPence: 4000 }, [membership('a', 'p1'), membership('b', 'p2', { startDate: '2026-10-12' })], { a: [13250, 13250], b: [5750, 5750] }],
    ['a membership dated before the group starts counts from the group’s start', {}, [membership('a', 'p1', { startDate: '2026-06-01' })], { a: [15000, 15000] }],
    ['a membership wholly outside the group costs nothing', {}, [membership('a', 'p1', { startDate: '2027-01-01' })], { a: [0, 0] }],
    ['a role with no rate is not silently costed', { staff: [{ name: 'Dr Patel', roleId: 'ep' }] }, fourPupils.slice(0, 1), { m1: [0, 0] }],
  ])('%s', (_, change, ms, expected) => {
    expect(costs(group(change), ms)).toEqual(expected);
  });

  it('says which roles had no rate', () => {
    const g = group({ staff: [{ name: 'Dr Patel', roleId: 'ep' }, { name: 'Jo Bloggs', roleId: 'ta' }, { name: 'Dr Wu', roleId: 'ep' }] });
    const result = groupCosts(g, fourPupils, { template: defaultTemplate, roles }, autumn2026, '2026-12-31');
    expect(result.get('m1')).toEqual({ toDatePence: 3750, projectedPence: 3750, unpricedRoles: ['ep'] });
  });

  it('prices by the template’s own rate, rounding half up per pupil', () => {
    // 60 min × 10 weeks × 0.3125p = 187.5p → 188p alone; 46.875p → 47p each of four
    expect(costs(group(), fourPupils.slice(0, 1), { template: laTemplate })).toEqual({ m1: [188, 188] });
    expect(costs(group(), fourPupils, { template: laTemplate })).toEqual({ m1: [47, 47], m2: [47, 47], m3: [47, 47], m4: [47, 47] });
    expect(costs(group({ staff: [{ name: 'Ali Khan', roleId: 'hlta' }] }), fourPupils.slice(0, 1), { template: laTemplate })).toEqual({ m1: [18000, 18000] });
  });

  it.each<[string, string, Record<string, [number, number]>]>([
    ['halfway through the run', '2026-10-11', { m1: [1875, 3750] }],
    ['before the range starts', '2026-08-01', { m1: [0, 3750] }],
    ['after the range ended', '2027-03-01', { m1: [3750, 3750] }],
    ['on the first day', '2026-09-07', { m1: [54, 3750] }],
  ])('counts to date and projected separately: today %s', (_, today, expected) => {
    expect(costs(group(), fourPupils, { today })).toMatchObject(expected);
  });

  it('counts materials to date by the elapsed part of the run, in full when projected', () => {
    expect(costs(group({ materialsPence: 4000 }), fourPupils, { today: '2026-10-11' })).toMatchObject({ m1: [2375, 4750] });
  });

  it('clips to the range: the part of a run in a range, and nothing in a range it missed', () => {
    expect(costs(group(), fourPupils.slice(0, 1), { range: { from: '2026-09-07', to: '2026-10-11' } })).toEqual({ m1: [7500, 7500] });
    expect(costs(group(), fourPupils.slice(0, 1), { range: { from: '2027-01-01', to: '2027-03-31' }, today: '2027-04-01' })).toEqual({ m1: [0, 0] });
  });

  it('runs an open-ended group 38 weeks a school year on the default template', () => {
    const open = group({ startDate: '2026-09-01', endDate: null });
    const one = [membership('a', 'p1', { startDate: '2026-09-01' })];
    const year = { from: '2026-09-01', to: '2027-08-31' };
    // 60 min × 38 weeks × 25p = £570.00; the autumn term is 122 of the year's 365 days
    expect(costs(open, one, { range: year, today: '2026-12-31' })).toEqual({ a: [19052, 57000] });
    expect(costs(open, one, { range: autumn2026 })).toEqual({ a: [19052, 19052] });
  });

  it.each<[string, number | null, { from: string; to: string }, [number, number]]>([
    ['no cap', null, wholeRun, [15000, 15000]],
    ['a cap below the cost', 2000, wholeRun, [2000, 2000]],
    ['a cap above the cost', 20000, wholeRun, [15000, 15000]],
  ])('caps one pupil’s cost for one provision: %s', (_, cap, range, expected) => {
    const template = { ...defaultTemplate, capPerPupilPerProvisionPence: cap };
    expect(costs(group(), fourPupils.slice(0, 1), { template, range, today: '2027-01-01' })).toEqual({ m1: expected });
  });

  it('applies the cap per school year, and a term only gets what the year has left under it', () => {
    const template = { ...defaultTemplate, capPerPupilPerProvisionPence: 50000 };
    const open = group({ startDate: '2026-09-01', endDate: null });
    const one = [membership('a', 'p1', { startDate: '2026-09-01' })];
    expect(costs(open, one, { template, range: { from: '2026-09-01', to: '2028-08-31' }, today: '2028-09-01' })).toEqual({ a: [100000, 100000] });
    // 1 September to Easter Sunday (28 March 2027) is 209 days: £570 × 209/365 = £326.38; summer gets £500 − £326.38
    expect(costs(open, one, { template, range: { from: '2027-03-29', to: '2027-08-31' }, today: '2027-09-01' })).toEqual({ a: [17362, 17362] });
    expect(costs(open, one, { range: { from: '2027-03-29', to: '2027-08-31' }, today: '2027-09-01' })).toEqual({ a: [24362, 24362] });
  });

  it('caps a pupil who left and rejoined once over both memberships, the earlier using it up first', () => {
    const twice = [membership('a', 'p1', { endDate: '2026-10-11' }), membership('b', 'p1', { startDate: '2026-10-12' })];
    // Uncapped, each half alone costs £75; with a £100 cap the rejoining costs £25 more, then nothing.
    const template = { ...defaultTemplate, capPerPupilPerProvisionPence: 10000 };
    expect(costs(group(), twice, { template })).toEqual({ a: [7500, 7500], b: [2500, 2500] });
    expect(costs(group(), twice, { template, today: '2026-10-11' })).toEqual({ a: [7500, 7500], b: [0, 2500] });
    expect(costs(group(), twice, { template: { ...template, capPerPupilPerProvisionPence: 6000 } })).toEqual({ a: [6000, 6000], b: [0, 0] });
  });

  it.each([
    [3749.5, 3750],
    [3749.4999, 3749],
    [3749.9999999999995, 3750],
    [0, 0],
    [0.5, 1],
  ])('rounds %d pence half up to %d', (pence, expected) => {
    expect(roundPence(pence)).toBe(expected);
  });
});

describe('a pupil’s school year and element 3', () => {
  const ms = [membership('a', 'p1'), membership('b', 'p2'), membership('c', 'p1', { groupId: 'g2', startDate: '2027-01-04' })];
  const groups = [group(), group({ id: 'g2', startDate: '2027-01-04', endDate: '2027-03-14', staff: [{ name: 'Ali Khan', roleId: 'hlta' }] })];

  it('adds up every group the pupil was in that school year', () => {
    const byGroup = membershipsByGroup(ms);
    const costing = { template: defaultTemplate, roles };
    // g1: £150 ÷ 2 = £75; g2: 60 min × 10 weeks × 30p = £180 alone
    expect(pupilYearCost('p1', groups, byGroup, costing, '2026-10-01')).toBe(25500);
    expect(pupilYearCost('p2', groups, byGroup, costing, '2027-08-31')).toBe(7500);
    expect(pupilYearCost('p2', groups, byGroup, costing, '2027-09-01')).toBe(0);
    expect(Object.fromEntries(pupilYearCosts(groups, byGroup, costing, '2026-10-01'))).toEqual({ p1: 25500, p2: 7500 });
  });

  it.each<[number, { element2Pence: number; abovePence: number; candidate: boolean }]>([
    [0, { element2Pence: 0, abovePence: 0, candidate: false }],
    [599_999, { element2Pence: 599_999, abovePence: 0, candidate: false }],
    [600_000, { element2Pence: 600_000, abovePence: 0, candidate: false }],
    [600_001, { element2Pence: 600_000, abovePence: 1, candidate: true }],
    [845_050, { element2Pence: 600_000, abovePence: 245_050, candidate: true }],
  ])('a year of %d pence', (pence, expected) => {
    expect(element3(pence)).toEqual(expected);
  });
});
