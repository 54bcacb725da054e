import type { GroupStaff, ProvisionGroup, ProvisionMembership, Wave } from '../../shared/domain/provision';
import { type Day, academicYearOf, firstSchoolDay, lastSchoolDay, ncYearCode, termDayOnOrAfter, termDayOnOrBefore, toDay, toIso } from './calendar';
import type { DemoEntry, DemoRoleKey } from './provisionLibrary';
import { type ProvisionPupil, classLetterIn, hasPlanOn, onRollOn, targetWeight } from './provisionPupils';
import { entryScore, evaluation, exitScore, outcomeScore } from './provisionScores';
import { type StaffPools, roomFor, timetable } from './provisionStaff';
import type { Random } from './random';

/**
 * The groups that ran in each of the six school years up to today, and the
 * pupils in them. At the reference size about 150 groups a year and about
 * 2,000 memberships: wave 1 groups are whole classes, wave 2 groups of 2 to 8
 * pupils chosen mostly from those on the register or monitored at the time,
 * wave 3 one pupil. The current year's groups are partly run: some finished,
 * some running today, some not started; a few whole-year ones have no end set.
 *
 * Every membership lies within its group's dates and the pupil's time on roll:
 * a pupil who arrives during a whole-class group joins it the day they arrive,
 * and one who leaves the school leaves the group that day.
 */

export interface GroupsFrame {
  pupils: readonly ProvisionPupil[];
  today: Day;
  /** Pupils on roll ÷ 2,000. */
  scale: number;
  library: readonly { entry: DemoEntry; id: string }[];
  roleIds: Record<DemoRoleKey, string>;
  pools: StaffPools;
  outcomeIds: Record<-2 | -1 | 0 | 1 | 2, string>;
  rnd: Random;
}

export const HISTORY_YEARS = 6;
export const GROUPS_A_YEAR = 150;
/** Shares of the year's groups by wave. */
const WAVE_MIX: readonly (readonly [Wave, number])[] = [[1, 41], [2, 42], [3, 17]];
/** Archived entries ran only in the first years of the history. */
const ARCHIVED_RAN_FOR = 3;

// Twelve thousand memberships share a couple of thousand dates: formatting each once keeps the demo build quick.
const isoDates = new Map<Day, string>();
function iso(day: Day): string {
  let text = isoDates.get(day);
  if (text === undefined) isoDates.set(day, (text = toIso(day)));
  return text;
}

const christmas = (academicYear: number) => toDay(`${academicYear}-12-21`);

type CostedGroup = ProvisionGroup & { materialsPence: number; licencePence: number };

export function provisionGroups(f: GroupsFrame): { groups: CostedGroup[]; memberships: ProvisionMembership[] } {
  const groups: CostedGroup[] = [];
  const memberships: ProvisionMembership[] = [];
  const thisYear = academicYearOf(f.today);
  for (let year = thisYear - HISTORY_YEARS + 1; year <= thisYear; year++) {
    const yearRnd = f.rnd.fork(`year:${year}`);
    const cohorts = cohortsIn(f.pupils, year);
    const offers = offersIn(f.library, cohorts, year - (thisYear - HISTORY_YEARS + 1));
    const spread = Math.round(6 * f.scale);
    const count = Math.max(3, Math.round(GROUPS_A_YEAR * f.scale) + yearRnd.int(-spread, spread));
    // A pupil has one run of a programme a year at most: keyed pupil index × entries + entry index.
    const had = new Set<number>();
    for (let k = 0; k < count; k++) {
      // A draw can find no pupil for its programme (no one in those years with a plan): draw again, a few times.
      let made: ReturnType<typeof group> = null;
      for (let attempt = 0; attempt < 4 && !made; attempt++) {
        made = group(f, year, cohorts, offers, had, yearRnd.fork(attempt === 0 ? `group:${k}` : `group:${k}:${attempt}`));
      }
      if (!made) continue;
      groups.push(made.group);
      memberships.push(...made.memberships);
    }
  }
  return { groups, memberships };
}

/** Pupils by NC year (0 = Reception) who were on roll at some time in a school year. */
function cohortsIn(pupils: readonly ProvisionPupil[], year: number): ProvisionPupil[][] {
  const from = firstSchoolDay(year);
  const to = lastSchoolDay(year);
  const cohorts: ProvisionPupil[][] = Array.from({ length: 12 }, () => []);
  for (const p of pupils) {
    const n = year - p.receptionYear;
    if (n >= 0 && n <= 11 && p.admitted <= to && (p.left === null || p.left >= from)) cohorts[n]!.push(p);
  }
  return cohorts;
}

type Offers = Record<Wave, (readonly [{ entry: DemoEntry; id: string; index: number }, number])[]>;

/**
 * The library entries a year's groups of each wave are drawn from, weighted by
 * the pupils of the years each suits, so that years with few pupils (the early
 * years of the history had few in the secondary phase) run few groups.
 */
function offersIn(library: GroupsFrame['library'], cohorts: ProvisionPupil[][], yearIndex: number): Offers {
  const offers: Offers = { 1: [], 2: [], 3: [] };
  library.forEach((item, index) => {
    const { entry } = item;
    if (entry.archived && yearIndex >= ARCHIVED_RAN_FOR) return;
    const pupils = cohorts.reduce((sum, c, n) => sum + (n >= entry.years[0] && n <= entry.years[1] ? c.length : 0), 0);
    if (pupils > 0) offers[entry.wave].push([{ ...item, index }, pupils * (entry.weight ?? 1)]);
  });
  return offers;
}

const yearLabel = (n: number) => (n === 0 ? 'Reception' : `Year ${n}`);
const termNames = ['autumn', 'spring', 'summer'] as const;

function group(
  f: GroupsFrame,
  year: number,
  cohorts: ProvisionPupil[][],
  offers: Offers,
  had: Set<number>,
  rnd: Random,
): { group: CostedGroup; memberships: ProvisionMembership[] } | null {
  const wave = rnd.weighted(WAVE_MIX);
  const offered = offers[wave];
  if (offered.length === 0) return null;
  const { entry, id: provisionId, index: entryIndex } = rnd.weighted(offered);
  const key = (p: ProvisionPupil) => p.index * f.library.length + entryIndex;
  const years = cohorts.map((c, n) => [n, n >= entry.years[0] && n <= entry.years[1] ? c.length : 0] as const);
  const n = rnd.weighted(years);
  const { start, end, term } = dates(entry, year, f.today, rnd);

  let members: { pupil: ProvisionPupil; start: Day; end: Day | null }[];
  let name: string;
  let staff: GroupStaff[];
  let room: string | null = null;
  const roleOf = (role: DemoRoleKey, who: string): GroupStaff => ({ name: who, roleId: f.roleIds[role] });
  if (wave === 1) {
    const letters = new Map<string, number>();
    for (const p of cohorts[n]!) letters.set(classLetterIn(p, n), (letters.get(classLetterIn(p, n)) ?? 0) + 1);
    const letter = rnd.weighted([...letters].sort());
    const className = `${ncYearCode(n)}${letter}`;
    name = `${entry.name.replace(' (whole class)', '')}: class ${className}`;
    room = `Classroom ${className}`;
    staff = [roleOf('teacher', f.rnd.fork(`class:${year}:${className}`).pick(f.pools.teacher))];
    if (rnd.chance(0.35)) staff.push(roleOf('ta', rnd.pick(f.pools.ta)));
    members = cohorts[n]!.filter((p) => classLetterIn(p, n) === letter).flatMap((pupil) => {
      const from = termDayOnOrAfter(Math.max(start, pupil.admitted));
      const to = pupil.left === null ? end : end === null ? pupil.left : Math.min(end, pupil.left);
      return to === null || to - from >= 7 ? [{ pupil, start: from, end: to }] : [];
    });
  } else {
    const mixed = wave === 2 && n < entry.years[1] && cohorts[n + 1]!.length > 0 && rnd.chance(0.2);
    const label = mixed ? (n === 0 ? 'Reception and Year 1' : `Years ${n}–${n + 1}`) : yearLabel(n);
    name = wave === 3 ? `${entry.name}: ${label}, one-to-one` : `${entry.name}: ${label} (${termNames[term]})`;
    staff = [roleOf(entry.role, rnd.pick(f.pools[entry.role]))];
    if (entry.key === 'nurture-group') staff.push(roleOf('ta', rnd.pick(f.pools.ta)));
    const size = wave === 3 ? 1 : rnd.int(Math.max(2, entry.groupSize - 2), entry.groupSize);
    const lastStart = (end ?? lastSchoolDay(year)) - 14;
    const free = (p: ProvisionPupil, day: Day) => onRollOn(p, day) && (p.left === null || p.left >= day + 14) && !had.has(key(p));
    const pool = [...cohorts[n]!, ...(mixed ? cohorts[n + 1]! : [])];
    const others = wave === 3 ? 0.05 : 0.4;
    const weight = (p: ProvisionPupil, day: Day) => (entry.plansOnly ? (hasPlanOn(p, day) ? 1 : 0) : targetWeight(p, day, entry.area, others));
    const draw = (day: Day, count: number) => drawWithout(rnd, pool.filter((p) => free(p, day)), count, (p) => weight(p, day));
    const leaveBy = (pupil: ProvisionPupil, from: Day) => {
      let to = end;
      // A few leave the group early: the target met sooner, or a change of plan.
      if (to !== null && to - from > 35 && rnd.chance(0.07)) to = termDayOnOrBefore(rnd.int(from + 21, to - 7));
      if (pupil.left !== null) to = to === null ? pupil.left : Math.min(to, pupil.left);
      return to;
    };
    members = draw(start, size).map((pupil) => ({ pupil, start, end: leaveBy(pupil, start) }));
    for (const m of members) had.add(key(m.pupil));
    // Someone joins part-way through a quarter of small groups.
    if (wave === 2 && lastStart > start + 21 && rnd.chance(0.25)) {
      const joins = termDayOnOrAfter(rnd.int(start + 14, Math.floor((start + lastStart) / 2)));
      for (const pupil of draw(joins, 1)) {
        had.add(key(pupil));
        members.push({ pupil, start: joins, end: leaveBy(pupil, joins) });
      }
    }
  }
  if (members.length === 0) return null;

  const secondary = n >= 7;
  const groupId = rnd.uuid();
  const finished = end !== null && end <= f.today;
  const made: ProvisionMembership[] = members.map((m) => membership(f, entry, wave, groupId, m, rnd));
  const outcomes = made.map((m) => m.reviewOutcomeId).filter((id): id is string => id !== null);
  const meanOutcome = outcomes.length === 0 ? 0 : Math.round(outcomes.reduce((sum, id) => sum + scoreOf(f, id), 0) / outcomes.length);
  const weeks = end === null ? entry.weeks : Math.max(1, Math.round((end - start + 1 - (crossesChristmas(start, end) ? 14 : 0)) / 7));
  return {
    group: {
      id: groupId,
      provisionId,
      name,
      area: entry.area,
      wave,
      measure: entry.measure,
      intendedOutcome: entry.intendedOutcome,
      sessionsPerWeek: entry.sessionsPerWeek,
      minutesPerSession: entry.minutesPerSession,
      weeks,
      materialsPence: entry.materialsPence,
      licencePence: entry.licencePence,
      staff,
      timetable: timetable(entry, rnd),
      room: room ?? roomFor(entry.area, secondary, rnd),
      startDate: iso(start),
      endDate: end === null ? null : iso(end),
      evaluation: finished && rnd.chance(0.85) ? evaluation(meanOutcome, end!, f.today, rnd) : null,
    },
    memberships: made,
  };
}

function scoreOf(f: GroupsFrame, outcomeId: string): number {
  for (const score of [-2, -1, 0, 1, 2] as const) if (f.outcomeIds[score] === outcomeId) return score;
  return 0;
}

const crossesChristmas = (start: Day, end: Day) => start < christmas(academicYearOf(start)) && end > christmas(academicYearOf(start));

/**
 * When a group runs. Programmes of 30 weeks or more run from the start of the
 * autumn term (a few whole-year ones in the current year with no end set);
 * shorter ones start in one of the terms and run their weeks, two more over
 * Christmas, ending by the last day of the summer term.
 */
function dates(entry: DemoEntry, year: number, today: Day, rnd: Random): { start: Day; end: Day | null; term: 0 | 1 | 2 } {
  const yearEnd = lastSchoolDay(year);
  if (entry.weeks >= 30) {
    const start = termDayOnOrAfter(firstSchoolDay(year) + rnd.int(0, 14));
    const open = entry.weeks >= 38 && academicYearOf(today) === year && rnd.chance(0.5);
    const planned = start + entry.weeks * 7 + 14;
    return { start, end: open ? null : termDayOnOrBefore(Math.min(yearEnd, planned)), term: 0 };
  }
  const term = rnd.weighted([[0, 45], [1, 35], [2, 20]] as const);
  const termStart = [firstSchoolDay(year), toDay(`${year + 1}-01-06`), toDay(`${year + 1}-04-20`)][term]!;
  const start = termDayOnOrAfter(termStart + rnd.int(0, 21));
  let end = start + entry.weeks * 7 - 3;
  if (crossesChristmas(start, end)) end += 14;
  return { start, end: termDayOnOrBefore(Math.min(yearEnd, end)), term };
}

function membership(
  f: GroupsFrame,
  entry: DemoEntry,
  wave: Wave,
  groupId: string,
  m: { pupil: ProvisionPupil; start: Day; end: Day | null },
  rnd: Random,
): ProvisionMembership {
  const started = m.start <= f.today;
  const finished = m.end !== null && m.end <= f.today;
  const entryValue = started && rnd.chance(wave === 1 ? 0.7 : 0.9) ? entryScore(entry.score, m.pupil, m.start, rnd) : null;
  const progress = finished && entryValue !== null && rnd.chance(0.93) ? exitScore(entry.score, entryValue, m.start, m.end!, rnd) : null;
  const outcome = finished && rnd.chance(0.9) ? (progress ? outcomeScore(progress.ratio) : rnd.weighted([[1, 4], [0, 3], [-1, 2], [2, 1]] as const)) : null;
  return {
    id: rnd.uuid(),
    groupId,
    pupilId: m.pupil.id,
    startDate: iso(m.start),
    endDate: m.end === null ? null : iso(m.end),
    entry: entryValue === null ? null : { score: entryValue, date: iso(m.start) },
    exit: progress === null ? null : { score: progress.exit, date: iso(m.end!) },
    reviewOutcomeId: outcome === null ? null : f.outcomeIds[outcome],
    evaluation: outcome !== null && wave !== 1 && rnd.chance(0.5) ? evaluation(outcome, m.end!, f.today, rnd) : null,
  };
}

/** Weighted draws without replacement (repeated roulette, as syntheticSchool.ts: no logarithms). */
function drawWithout<T>(rnd: Random, candidates: readonly T[], count: number, weight: (item: T) => number): T[] {
  const pool = candidates.map((item) => ({ item, w: weight(item) })).filter((c) => c.w > 0);
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    const total = pool.reduce((sum, c) => sum + c.w, 0);
    let target = rnd.next() * total;
    let k = pool.findIndex((c) => (target -= c.w) < 0);
    if (k < 0) k = pool.length - 1;
    chosen.push(pool[k]!.item);
    pool.splice(k, 1);
  }
  return chosen;
}
