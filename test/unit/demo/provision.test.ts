import { describe, expect, it, vi } from 'vitest';
import { type SyntheticProvision, generateProvision } from '../../../electron/demo/provision';
import { type SyntheticSchool, generateSchool } from '../../../electron/demo/syntheticSchool';
import { DEFAULT_TEMPLATE_ID, type ProvisionGroup, measureKindLabels, measureRanges, waves } from '../../../shared/domain/provision';
import type { MapData } from '../../../shared/domain/provisionMaps';
import { type NcYearGroup, broadAreas } from '../../../shared/domain/sen';
import { buildSchoolMap } from '../../../shared/rules/provisionMaps';

const TODAY = '2026-11-29';

// The reference school and its provision take a moment to make: make each once.
const made = new Map<string, { school: SyntheticSchool; provision: SyntheticProvision }>();
function demo(seed: number, size: 'reference' | 'small' = 'reference', today = TODAY) {
  const key = `${seed}:${size}:${today}`;
  if (!made.has(key)) {
    const school = generateSchool({ seed, size, today });
    made.set(key, { school, provision: generateProvision(school, seed) });
  }
  return made.get(key)!;
}

const academicYear = (iso: string) => Number(iso.slice(0, 4)) - (Number(iso.slice(5, 7)) >= 9 ? 0 : 1);
const countBy = <T,>(items: readonly T[], key: (item: T) => string | number) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The rules every demo provision keeps, whatever the seed or size. */
function expectSound({ school, provision }: { school: SyntheticSchool; provision: SyntheticProvision }) {
  const TODAY = school.today;
  const pupils = new Map(school.pupils.map((p) => [p.id, p]));
  const groups = new Map(provision.groups.map((g) => [g.id, g]));
  const roles = new Set(provision.roles.map((r) => r.id));
  const outcomes = new Set(provision.outcomes.map((o) => o.id));
  const library = new Map(provision.library.map((e) => [e.id, e]));

  for (const entry of provision.library) {
    expect(entry.name.trim(), entry.id).not.toBe('');
    expect(roles.has(entry.defaultRoleId!), entry.name).toBe(true);
    expect(entry.groupSize).toBeGreaterThanOrEqual(1);
    expect(entry.measure.kind === 'custom', entry.name).toBe(entry.measure.customName !== undefined);
  }

  const sizes = countBy(provision.memberships, (m) => m.groupId);
  for (const group of provision.groups) {
    const where = `${group.name} (${group.startDate})`;
    expect(library.has(group.provisionId!), where).toBe(true);
    expect(group.startDate <= (group.endDate ?? '9999'), where).toBe(true);
    if (group.endDate === null) expect(academicYear(group.startDate), where).toBe(academicYear(TODAY));
    expect(academicYear(group.endDate ?? group.startDate), where).toBe(academicYear(group.startDate));
    expect(group.weeks).toBeGreaterThanOrEqual(1);
    expect(group.staff.length).toBeGreaterThan(0);
    for (const member of group.staff) expect(roles.has(member.roleId), where).toBe(true);
    // The timetable is the week's sessions, inside the school day, each as long as a session.
    expect(group.timetable).toHaveLength(group.sessionsPerWeek);
    expect(new Set(group.timetable.map((s) => s.day)).size).toBe(group.sessionsPerWeek);
    for (const slot of group.timetable) {
      expect(minutes(slot.end) - minutes(slot.start), where).toBe(group.minutesPerSession);
      expect(slot.start >= '08:45' && slot.end <= '15:15', `${where} ${slot.start}–${slot.end}`).toBe(true);
    }
    expect(group.room.trim()).not.toBe('');
    expect(sizes[group.id], where).toBeGreaterThan(0);
    if (group.wave === 3) expect(sizes[group.id], where).toBe(1);
    if (group.wave === 2) expect(sizes[group.id], where).toBeLessThanOrEqual(9);
    if (group.evaluation) {
      expect(group.endDate! <= TODAY, where).toBe(true);
      expect(group.evaluation.date >= group.endDate! && group.evaluation.date <= TODAY, where).toBe(true);
    }
  }

  for (const m of provision.memberships) {
    const group = groups.get(m.groupId)!;
    const pupil = pupils.get(m.pupilId)!;
    const where = `${m.id} in ${group.name}`;
    expect(group, where).toBeDefined();
    expect(pupil, where).toBeDefined();
    // Within the group's dates...
    expect(m.startDate >= group.startDate, where).toBe(true);
    expect(m.startDate <= (m.endDate ?? '9999'), where).toBe(true);
    if (group.endDate !== null) expect(m.endDate !== null && m.endDate <= group.endDate, where).toBe(true);
    // ...and the pupil's time on roll.
    expect(pupil.details.admissionDate! <= m.startDate, where).toBe(true);
    if (pupil.details.leavingDate !== null) {
      expect(m.startDate < pupil.details.leavingDate, where).toBe(true);
      expect(m.endDate !== null && m.endDate <= pupil.details.leavingDate, where).toBe(true);
    }
    // Scores on the group's measure, taken at the right times.
    const range = measureRanges[group.measure.kind];
    for (const score of [m.entry, m.exit]) {
      if (!score) continue;
      expect(score.score >= range.min && score.score <= range.max, `${where}: ${score.score}`).toBe(true);
      if (range.wholeNumbers) expect(Number.isInteger(score.score), where).toBe(true);
      expect(score.date <= TODAY, where).toBe(true);
    }
    if (m.entry) expect(m.entry.date, where).toBe(m.startDate);
    if (m.exit) {
      expect(m.entry, where).not.toBeNull();
      expect(m.exit.date, where).toBe(m.endDate);
    }
    if (m.reviewOutcomeId !== null || m.evaluation !== null) expect(m.endDate !== null && m.endDate <= TODAY, where).toBe(true);
    if (m.reviewOutcomeId !== null) expect(outcomes.has(m.reviewOutcomeId), where).toBe(true);
    if (m.evaluation) expect(m.evaluation.date >= m.endDate! && m.evaluation.date <= TODAY, where).toBe(true);
  }

  const ids = [...provision.groups, ...provision.memberships, ...provision.library].map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  // A pupil is in a group once at a time.
  const places = countBy(provision.memberships, (m) => `${m.groupId}|${m.pupilId}`);
  expect(Object.values(places).every((n) => n === 1)).toBe(true);
}

describe('the demo school’s provision', () => {
  it('is the same for the same seed, byte for byte, and different for another', () => {
    const first = demo(1, 'small');
    const again = generateProvision(generateSchool({ seed: 1, size: 'small', today: TODAY }), 1);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first.provision));
    const other = demo(2, 'small');
    expect(other.provision.groups.map((g) => g.id)).not.toEqual(first.provision.groups.map((g) => g.id));
  });

  it('uses no clock and no Math.random', () => {
    const school = generateSchool({ seed: 5, size: 'small', today: TODAY });
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    try {
      generateProvision(school, 5);
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('prices the roles at the demo’s rates, with an LA template beside the built-in default, which the school uses', () => {
    const { provision } = demo(1, 'small');
    expect(Object.fromEntries(provision.roles.map((r) => [r.name, r.hourlyRatePence]))).toEqual({
      Teacher: 3200,
      'Higher level teaching assistant': 1650,
      'Teaching assistant': 1420,
      SENCO: 3800,
      'External specialist': 5500,
    });
    expect(provision.schoolTemplateId).toBe(DEFAULT_TEMPLATE_ID);
    const la = provision.templates.find((t) => !t.builtIn)!;
    expect(la).toMatchObject({ name: 'Northshire LA banding 2026', weeksPerYear: 39, capPerPupilPerProvisionPence: 300_000 });
    expect(la.ratesPerMinutePence).toEqual({ 'teaching-assistant': 31.25, teacher: 72.5 });
    expect(provision.templates.find((t) => t.builtIn)).toMatchObject({ id: DEFAULT_TEMPLATE_ID, weeksPerYear: 38 });
    expect(provision.outcomes.map((o) => o.score)).toEqual([2, 1, 0, -1, -2]);
  });

  it('has a library of about sixty provisions across every area, wave and kind of measure', () => {
    const { library } = demo(1, 'small').provision;
    expect(library.length).toBeGreaterThanOrEqual(55);
    expect(library.length).toBeLessThanOrEqual(70);
    for (const area of broadAreas) for (const wave of waves) expect(library.some((e) => e.area === area && e.wave === wave), `${area} ${wave}`).toBe(true);
    for (const kind of Object.keys(measureKindLabels)) expect(library.some((e) => e.measure.kind === kind), kind).toBe(true);
    expect(library.find((e) => e.name === 'Toe by Toe')).toMatchObject({ wave: 3, groupSize: 1, measure: { kind: 'reading-age' } });
    expect(library.find((e) => e.name === 'Nurture group')?.measure).toEqual({ kind: 'custom', customName: 'Boxall profile' });
    expect(library.filter((e) => e.archived).length).toBeGreaterThan(0);
  });

  it('is the reference school’s: about 150 groups in each of six school years and about 12,000 memberships', () => {
    const { provision } = demo(20261129);
    const groupsByYear = countBy(provision.groups, (g) => academicYear(g.startDate));
    expect(Object.keys(groupsByYear)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    for (const [year, n] of Object.entries(groupsByYear)) expect(Math.abs(n - 150), `${year}: ${n} groups`).toBeLessThanOrEqual(10);
    expect(Math.abs(provision.memberships.length - 12_000)).toBeLessThanOrEqual(600);
    const start = new Map(provision.groups.map((g) => [g.id, g.startDate]));
    const byYear = countBy(provision.memberships, (m) => academicYear(start.get(m.groupId)!));
    for (const [year, n] of Object.entries(byYear)) expect(n, `${year}: ${n} memberships`).toBeGreaterThan(1_500);
  });

  it('keeps every membership within its group’s dates and the pupil’s time on roll, with scores in range', () => {
    expectSound(demo(20261129));
    expectSound(demo(1, 'small'));
    expectSound(demo(7, 'small'));
  });

  it('keeps to the same rules whatever day the school’s today is', () => {
    for (const today of ['2020-09-01', '2023-09-04', '2025-07-21', '2027-01-04', '2027-08-15']) {
      const made = demo(11, 'small', today);
      expectSound(made);
      const years = new Set(made.provision.groups.map((g) => academicYear(g.startDate)));
      expect(Math.max(...years), today).toBe(academicYear(today));
      expect(Math.min(...years), today).toBeGreaterThanOrEqual(academicYear(today) - 5);
    }
  });

  it('scales down with a smaller school', () => {
    const { provision } = demo(1, 'small');
    const groupsByYear = countBy(provision.groups, (g) => academicYear(g.startDate));
    for (const n of Object.values(groupsByYear)) expect(n).toBeLessThanOrEqual(8);
    expect(provision.memberships.length).toBeLessThan(400);
  });

  it('runs wave 1 for whole classes, and chooses targeted groups mostly from pupils on the register or monitored at the time', () => {
    const { school, provision } = demo(20261129);
    const pupils = new Map(school.pupils.map((p) => [p.id, p]));
    const groups = new Map<string, ProvisionGroup>(provision.groups.map((g) => [g.id, g]));
    const sizes = countBy(provision.memberships, (m) => m.groupId);
    const classSizes = provision.groups.filter((g) => g.wave === 1).map((g) => sizes[g.id]!);
    expect(classSizes.filter((n) => n >= 20).length / classSizes.length).toBeGreaterThan(0.7);

    const targeted = provision.memberships.filter((m) => groups.get(m.groupId)!.wave > 1);
    const identified = targeted.filter((m) => {
      const p = pupils.get(m.pupilId)!;
      const on = (from: string, to: string | null) => from <= m.startDate && (to === null || m.startDate < to);
      return p.senStatuses.some((s) => s.provision !== 'N' && on(s.startDate, s.endDate)) || p.monitoring.some((x) => on(x.addedOn, x.closedOn));
    });
    expect(identified.length / targeted.length).toBeGreaterThan(0.7);
  });

  it('has the current year partly run, late joiners and early leavers, and gains that are mostly positive', () => {
    const { provision } = demo(20261129);
    const groups = new Map(provision.groups.map((g) => [g.id, g]));
    const current = provision.groups.filter((g) => academicYear(g.startDate) === 2026);
    expect(current.some((g) => g.endDate !== null && g.endDate <= TODAY)).toBe(true);
    expect(current.some((g) => g.startDate <= TODAY && (g.endDate === null || g.endDate > TODAY))).toBe(true);
    expect(current.some((g) => g.startDate > TODAY)).toBe(true);
    expect(current.some((g) => g.endDate === null)).toBe(true);

    expect(provision.memberships.some((m) => m.startDate > groups.get(m.groupId)!.startDate)).toBe(true);
    expect(provision.memberships.some((m) => m.endDate !== null && m.endDate < (groups.get(m.groupId)!.endDate ?? '9999'))).toBe(true);

    const started = provision.memberships.filter((m) => m.startDate <= TODAY);
    expect(started.filter((m) => m.entry).length / started.length).toBeGreaterThan(0.7);
    const gains = provision.memberships.filter((m) => m.entry && m.exit).map((m) => m.exit!.score - m.entry!.score);
    expect(gains.length).toBeGreaterThan(5_000);
    expect(gains.filter((g) => g > 0).length / gains.length).toBeGreaterThan(0.75);
    expect(gains.some((g) => g === 0)).toBe(true);
    expect(gains.some((g) => g < 0)).toBe(true);
    expect(provision.memberships.some((m) => m.reviewOutcomeId !== null && m.evaluation !== null)).toBe(true);
    expect(provision.groups.some((g) => g.evaluation !== null)).toBe(true);
  });

  it('costs this school year about as a school of 2,000 would, with a few pupils over £6,000 (element 3 candidates)', () => {
    const { school, provision } = demo(20261129);
    const data: MapData = {
      schoolName: school.schoolName,
      roles: provision.roles,
      template: provision.templates.find((t) => t.id === provision.schoolTemplateId)!,
      groups: provision.groups,
      memberships: provision.memberships,
      pupils: Object.fromEntries(
        school.pupils.map(({ id, details: d }) => [id, { id, name: `${d.legalForename} ${d.legalSurname}`, year: d.ncYear as NcYearGroup, className: d.className, senStatus: null, needs: [] }]),
      ),
      outcomes: provision.outcomes,
    };
    const range = { from: '2026-09-01', to: '2027-08-31', label: '2026 to 2027' };
    const view = buildSchoolMap(data, { grouping: 'area-wave', range, today: TODAY, audience: 'staff', showCosts: true });
    const projected = view.totals.cost!.projectedPence;
    expect(projected).toBeGreaterThan(10_000_000);
    expect(projected).toBeLessThan(40_000_000);
    expect(view.totals.cost!.toDatePence).toBeLessThan(projected);
    expect(view.element3Candidates!.length).toBeGreaterThanOrEqual(2);
    expect(view.element3Candidates!.length).toBeLessThanOrEqual(30);
  });
});
