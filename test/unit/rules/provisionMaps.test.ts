import { describe, expect, it } from 'vitest';
import { broadAreas } from '../../../shared/domain/sen';
import { waves, type ProvisionGroup, type ProvisionMembership } from '../../../shared/domain/provision';
import type { MapData } from '../../../shared/domain/provisionMaps';
import { groupCosts } from '../../../shared/rules/provisionCosting';
import { buildImpactSheet, buildPupilMap, buildSchoolMap } from '../../../shared/rules/provisionMaps';
import { allKeys, group, mapData, membership, options, pupil } from './provisionFixtures';

const moneyKeys = ['cost', 'costs', 'costPerUnitGainPence', 'element3Candidates'];

// Toe by Toe: mixed Year 4 and 5, £150 of TA time shared by three. Lego therapy: open-ended, an HLTA, two pupils.
const toeByToe = group({
  timetable: [
    { day: 'wed', start: '09:00', end: '09:20' },
    { day: 'mon', start: '09:00', end: '09:20' },
    { day: 'fri', start: '09:00', end: '09:20' },
  ],
});
const lego = group({
  id: 'g2',
  name: 'Lego therapy',
  area: 'communication-interaction',
  wave: 2,
  measure: { kind: 'engagement' },
  staff: [{ name: 'Ali Khan', roleId: 'hlta' }],
  timetable: [{ day: 'tue', start: '13:15', end: '13:45' }],
  room: 'Nurture room',
  startDate: '2026-09-01',
  endDate: null,
});
const lastYear = group({ id: 'g3', name: '1:1 reading', wave: 3, startDate: '2026-04-13', endDate: '2026-07-17' });

const data: MapData = mapData({
  groups: [toeByToe, lego, lastYear],
  memberships: [
    membership('m1', 'p1', { entry: { score: 84, date: '2026-09-07' }, exit: { score: 90, date: '2026-11-13' }, reviewOutcomeId: 'o1' }),
    membership('m2', 'p2', { entry: { score: 80, date: '2026-09-07' }, exit: { score: 81, date: '2026-11-13' }, reviewOutcomeId: 'o0' }),
    membership('m3', 'p3', { entry: { score: 70, date: '2026-09-07' } }),
    membership('m4', 'p1', { groupId: 'g2', startDate: '2026-09-01' }),
    membership('m5', 'p4', { groupId: 'g2', startDate: '2026-09-01' }),
    membership('m6', 'p2', { groupId: 'g3', startDate: '2026-04-13' }),
  ],
  pupils: {
    p1: pupil('p1', 'Ava Smith', '4', { senStatus: 'EHC plan' }),
    p2: pupil('p2', 'Ben Jones', '4'),
    p3: pupil('p3', 'Cara Lee', '5'),
    p4: pupil('p4', 'Dan Roe', null),
  },
});

describe('the whole-school map', () => {
  it('has every area × wave cell in a fixed order, empty ones too', () => {
    const view = buildSchoolMap(data, { ...options(), grouping: 'area-wave' });
    expect(view.cells.map((c) => c.key)).toEqual(broadAreas.flatMap((area) => waves.map((wave) => ({ kind: 'area-wave', area, wave }))));
    expect(view.cells[1]?.label).toBe('Cognition and learning · Wave 2');
    expect(view.cells.map((c) => c.entries.map((e) => e.name))).toEqual([[], ['Toe by Toe'], [], [], [], [], [], ['Lego therapy'], [], [], [], []]);
  });

  it('gives each group its pupils, sessions, staff hours and cost in the range', () => {
    const view = buildSchoolMap(data, { ...options({ today: '2026-10-11' }), grouping: 'area-wave' });
    expect(view.cells[1]?.entries[0]).toEqual({
      groupId: 'g1',
      name: 'Toe by Toe',
      area: 'cognition-learning',
      wave: 2,
      staff: ['Jo Bloggs (Teaching assistant)'],
      when: 'Mon, Wed, Fri 09:00–09:20',
      room: 'Library',
      startDate: '2026-09-07',
      endDate: '2026-11-15',
      pupilCount: 3,
      pupilNames: ['Ava Smith (Y4)', 'Ben Jones (Y4)', 'Cara Lee (Y5)'],
      sessions: 30,
      hours: 10,
      cost: { toDatePence: 7500, projectedPence: 15000 },
    });
    // Open-ended: 38 weeks × 122/365 of the year = 12.70 weeks (13 whole sessions) of one 30-minute session, an HLTA at 30p a minute, shared by two
    expect(view.cells[7]?.entries[0]).toMatchObject({ pupilCount: 2, sessions: 13, hours: 6.4, cost: { projectedPence: 11432 } });
    expect(view.totals).toEqual({ groups: 2, pupils: 4, sessions: 43, hours: 16.4, cost: { toDatePence: 7500 + 1921 * 2, projectedPence: 15000 + 11432 } });
    expect(view.cells[1]?.totals).toEqual({ groups: 1, pupils: 3, sessions: 30, hours: 10, cost: { toDatePence: 7500, projectedPence: 15000 } });
  });

  it('by year, puts a mixed-year group in each year with that year’s pupils, and pupils with no year last', () => {
    const view = buildSchoolMap(data, { ...options(), grouping: 'year' });
    expect(view.cells.map((c) => [c.label, c.key])).toEqual([
      ['Year 4', { kind: 'year', year: '4' }],
      ['Year 5', { kind: 'year', year: '5' }],
      ['Year not recorded', { kind: 'year', year: null }],
    ]);
    const [year4, year5, none] = view.cells;
    expect(year4?.entries.map((e) => [e.name, e.pupilCount, e.pupilNames, e.sessions, e.cost?.projectedPence])).toEqual([
      ['Lego therapy', 1, ['Ava Smith (Y4)'], 13, 5716],
      ['Toe by Toe', 2, ['Ava Smith (Y4)', 'Ben Jones (Y4)'], 30, 10000],
    ]);
    expect(year4?.totals).toMatchObject({ groups: 2, pupils: 2, cost: { projectedPence: 15716 } });
    expect(year5?.entries.map((e) => [e.name, e.pupilCount, e.sessions, e.cost?.projectedPence])).toEqual([['Toe by Toe', 1, 30, 5000]]);
    expect(none?.entries.map((e) => [e.name, e.pupilNames])).toEqual([['Lego therapy', ['Dan Roe']]]);
    // The map's totals count a mixed-year group once, and its cost is the same as by area and wave.
    const byArea = buildSchoolMap(data, { ...options(), grouping: 'area-wave' });
    expect(view.totals).toEqual(byArea.totals);
  });

  it('for a meeting carries no names, no pay and no money keys at all', () => {
    const view = buildSchoolMap(data, { ...options({ audience: 'meeting' }), grouping: 'area-wave' });
    const keys = allKeys(view);
    for (const key of [...moneyKeys, 'pupilNames', 'costNotes']) expect(keys.has(key)).toBe(false);
    expect(view.header).toMatchObject({ audience: 'meeting', showCosts: false });
    expect(view.cells[1]?.entries[0]?.staff).toEqual(['Teaching assistant']);
    expect(JSON.stringify(view)).not.toMatch(/Ava|Ben|Cara|Dan/);
  });

  it('with costs hidden carries no money keys, even for staff', () => {
    const keys = allKeys(buildSchoolMap(data, { ...options({ showCosts: false }), grouping: 'year' }));
    for (const key of moneyKeys) expect(keys.has(key)).toBe(false);
    expect(keys.has('pupilNames')).toBe(true);
  });

  it('refuses a parent: only a single pupil’s map may go to one', () => {
    expect(() => buildSchoolMap(data, { ...options({ audience: 'parent' }), grouping: 'area-wave' })).toThrow('A whole-school map cannot be made for a parent');
  });

  it('heads the map with the school, title, scope, as-of date and any cost notes', () => {
    const withGap = { ...data, groups: [...data.groups, group({ id: 'g9', name: 'EP visit', staff: [{ name: 'Dr Patel', roleId: 'ep' }] })] };
    expect(buildSchoolMap(withGap, { ...options({ today: '2027-02-01' }), grouping: 'area-wave' }).header).toEqual({
      schoolName: 'Oakfield Primary',
      title: 'Whole-school provision map',
      scope: 'By area of need and wave · Autumn term 2026',
      range: { from: '2026-09-01', to: '2026-12-31', label: 'Autumn term 2026' },
      asOf: '2026-12-31',
      audience: 'staff',
      showCosts: true,
      costNotes: ['Educational psychologist has no rate, so their time is not costed.'],
    });
  });

  it.each<[string, number, string[]]>([
    ['£6,000.00 exactly is not a candidate', 600_000, []],
    ['£6,000.01 is', 600_001, ['Eve Hart']],
  ])('element 3: %s', (_, materialsPence, names) => {
    const specialist = group({ id: 'g5', name: 'Specialist teaching', wave: 3, staff: [], materialsPence, startDate: '2026-09-01', endDate: '2027-07-16' });
    const withEve: MapData = {
      ...data,
      groups: [...data.groups, specialist],
      memberships: [...data.memberships, membership('m9', 'p5', { groupId: 'g5', startDate: '2026-09-01' })],
      pupils: { ...data.pupils, p5: pupil('p5', 'Eve Hart', '6') },
    };
    const view = buildSchoolMap(withEve, { ...options(), grouping: 'area-wave' });
    expect(view.element3Candidates?.map((c) => c.name)).toEqual(names);
    if (names.length > 0) expect(view.element3Candidates?.[0]).toEqual({ pupilId: 'p5', name: 'Eve Hart', year: '6', yearCostPence: 600_001, abovePence: 1 });
  });
});

describe('a pupil’s map', () => {
  it('lists their provisions earliest first with their week’s timetable, and costs for staff', () => {
    const view = buildPupilMap(data, options({ today: '2026-10-01' }), 'p1');
    expect(view.header.title).toBe('Provision map for Ava Smith');
    expect(view.provisions.map((p) => [p.name, p.startDate, p.endDate, p.groupWith, p.frequency])).toEqual([
      ['Lego therapy', '2026-09-01', null, 'with 1 other pupil', 'Tue 13:15–13:45'],
      ['Toe by Toe', '2026-09-07', '2026-11-15', 'with 2 other pupils', 'Mon 09:00–09:20, Wed 09:00–09:20, Fri 09:00–09:20'],
    ]);
    expect(view.provisions[1]).toMatchObject({
      staff: ['Jo Bloggs (Teaching assistant)'],
      measureLabel: 'Reading age (months)',
      scores: { entry: 84, exit: 90, change: 6, perMonth: 2.73 },
      outcome: { label: 'Met the intended outcome', score: 1 },
      cost: { projectedPence: 5000 },
    });
    expect(view.timetable.map((t) => `${t.day} ${t.start} ${t.provisionName}`)).toEqual([
      'mon 09:00 Toe by Toe', 'tue 13:15 Lego therapy', 'wed 09:00 Toe by Toe', 'fri 09:00 Toe by Toe',
    ]);
    // To 1 October: 31 days of Lego therapy (£29.05 ÷ 2) and 25 of Toe by Toe's 70 (£53.57 ÷ 3).
    // The school year is Lego therapy's 38 weeks (£342 ÷ 2) and Toe by Toe's £50.
    expect(view.costs).toEqual({
      total: { toDatePence: 1452 + 1786, projectedPence: 5716 + 5000 },
      schoolYearPence: 17100 + 5000,
      element2Pence: 22100,
      abovePence: 0,
      element3Candidate: false,
    });
  });

  it('shows only what runs on the as-of day in the timetable', () => {
    const view = buildPupilMap(data, options({ today: '2026-12-01' }), 'p1');
    expect(view.timetable.map((t) => t.provisionName)).toEqual(['Lego therapy']);
  });

  it('for a parent names no other pupil, shows no money and speaks of roles plainly', () => {
    const view = buildPupilMap(data, options({ audience: 'parent', today: '2026-10-01' }), 'p1');
    const json = JSON.stringify(view);
    for (const other of ['Ben Jones', 'Cara Lee', 'Dan Roe', 'Jo Bloggs', 'Ali Khan']) expect(json).not.toContain(other);
    expect(json).not.toContain('£');
    const keys = allKeys(view);
    for (const key of moneyKeys) expect(keys.has(key)).toBe(false);
    expect(view.provisions.map((p) => [p.staff, p.groupWith])).toEqual([
      [['an HLTA'], 'with 1 other pupil'],
      [['a teaching assistant'], 'with 2 other pupils'],
    ]);
    expect(view.timetable[0]?.staff).toEqual(['a teaching assistant']);
    expect(view.pupil).toEqual({ id: 'p1', name: 'Ava Smith', year: '4', className: null, senStatus: 'EHC plan', needs: ['Specific learning difficulty'] });
  });

  it('counts only the others whose time in the group overlapped the pupil’s', () => {
    const g = group();
    const later: MapData = { ...data, memberships: [...data.memberships, membership('m7', 'p9', { startDate: '2026-11-01' })] };
    const early: MapData = { ...later, memberships: later.memberships.map((m) => (m.id === 'm1' ? { ...m, endDate: '2026-10-31' } : m)) };
    expect(buildPupilMap(later, options(), 'p1').provisions.find((p) => p.groupId === g.id)?.groupWith).toBe('with 3 other pupils');
    expect(buildPupilMap(early, options(), 'p1').provisions.find((p) => p.groupId === g.id)?.groupWith).toBe('with 2 other pupils');
  });

  it('says clearly when the pupil is not in the data', () => {
    expect(() => buildPupilMap(data, options(), 'nobody')).toThrow('That pupil is not in the map’s data');
  });
});

describe('a group’s impact sheet', () => {
  it('lists its pupils by name with change, outcome and cost per unit of gain, then the summary', () => {
    const view = buildImpactSheet(data, options(), 'g1');
    expect(view.header.title).toBe('Intervention impact: Toe by Toe');
    expect(view.group).toMatchObject({ measureLabel: 'Reading age (months)', unit: { one: 'month', many: 'months' }, when: 'Mon, Wed, Fri 09:00–09:20' });
    expect(view.pupils.map((p) => [p.name, p.scores.change, p.outcome?.score ?? null, p.cost?.projectedPence, p.costPerUnitGainPence])).toEqual([
      ['Ava Smith', 6, 1, 5000, 833],
      ['Ben Jones', 1, 0, 5000, 5000],
      ['Cara Lee', null, null, 5000, null],
    ]);
    expect(view.summary).toEqual({
      pupils: 3,
      measured: 2,
      improved: 2,
      meanChange: 3.5,
      meanPerMonth: 1.59,
      meanOutcomeScore: 0.5,
      cost: { toDatePence: 15000, projectedPence: 15000 },
      costPerUnitGainPence: 1429,
    });
  });

  it('names a single year in its title', () => {
    const onlyYear4 = { ...data, memberships: data.memberships.filter((m) => m.id !== 'm3') };
    expect(buildImpactSheet(onlyYear4, options(), 'g1').header.title).toBe('Intervention impact: Toe by Toe (Year 4)');
  });

  it('for a meeting carries no money keys', () => {
    const keys = allKeys(buildImpactSheet(data, options({ audience: 'meeting' }), 'g1'));
    for (const key of moneyKeys) expect(keys.has(key)).toBe(false);
  });
});

describe('a map of the reference school’s size', () => {
  // 150 groups a year over 6 years, 12,000 memberships: correctness of totals only (speed is the benchmark's).
  const groups: ProvisionGroup[] = [];
  const memberships: ProvisionMembership[] = [];
  const pupils: MapData['pupils'] = {};
  for (let p = 0; p < 1500; p++) pupils[`p${p}`] = pupil(`p${p}`, `Pupil ${p}`, p % 10 === 0 ? null : (['1', '2', '3', '4', '5', '6'] as const)[p % 6]!);
  for (let year = 0; year < 6; year++) {
    for (let i = 0; i < 150; i++) {
      const id = `g${year}-${i}`;
      const start = `${2021 + year}-09-${String(1 + (i % 20)).padStart(2, '0')}`;
      groups.push(group({ id, name: `Group ${id}`, area: broadAreas[i % 4]!, wave: waves[i % 3]!, startDate: start, endDate: i % 5 === 0 ? null : `${2022 + year}-07-${String(1 + (i % 15)).padStart(2, '0')}`, weeks: 30, materialsPence: 1000 }));
      for (let k = 0; k < 13 + (i % 2); k++) {
        if (memberships.length >= 12_000) break;
        memberships.push(membership(`${id}-${k}`, `p${(i * 7 + k * 31 + year * 101) % 1500}`, { groupId: id, startDate: start, endDate: k % 4 === 0 ? `${2022 + year}-02-01` : null }));
      }
    }
  }
  const big = mapData({ groups, memberships, pupils });
  const range = { from: '2025-09-01', to: '2026-08-31', label: 'School year 2025 to 2026' };

  it('adds up: cells to the map, by year to by area, and to the sum of every pupil’s own map', () => {
    expect(memberships).toHaveLength(12_000);
    const opts = options({ range, today: '2026-03-01' });
    const byArea = buildSchoolMap(big, { ...opts, grouping: 'area-wave' });
    const byYear = buildSchoolMap(big, { ...opts, grouping: 'year' });
    const sum = (cells: typeof byArea.cells) => cells.reduce((t, c) => t + (c.totals.cost?.projectedPence ?? 0), 0);
    expect(byArea.totals.cost?.projectedPence).toBeGreaterThan(0);
    expect(sum(byArea.cells)).toBe(byArea.totals.cost?.projectedPence);
    expect(sum(byYear.cells)).toBe(byArea.totals.cost?.projectedPence);
    expect(byYear.totals).toEqual(byArea.totals);
    expect(byArea.totals.groups).toBe(150 + 4 * 30); // this year's, and earlier years' open-ended ones still running
    const inMap = new Set(byArea.cells.flatMap((c) => c.entries.flatMap((e) => e.pupilNames ?? [])));
    expect(byArea.totals.pupils).toBe(inMap.size);
    let byMembership = 0;
    const costing = { template: big.template, roles: big.roles };
    for (const g of groups) for (const c of groupCosts(g, memberships, costing, range, opts.today).values()) byMembership += c.projectedPence;
    expect(byMembership).toBe(byArea.totals.cost?.projectedPence);
    // A pupil's own map agrees with the school's, for a sample of pupils.
    for (const id of ['p7', 'p101', 'p1234']) {
      const own = buildPupilMap(big, opts, id);
      const inSchoolMap = byYear.cells.flatMap((c) => c.entries).filter((e) => e.pupilNames?.some((n) => n.startsWith(`${pupils[id]!.name} (`) || n === pupils[id]!.name));
      expect(own.provisions.map((p) => p.groupId).sort()).toEqual(inSchoolMap.map((e) => e.groupId).sort());
    }
  });
});
