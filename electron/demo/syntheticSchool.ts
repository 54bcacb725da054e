import type { PupilDetails } from '../db/repositories/pupils';
import {
  type Day,
  academicYearOf,
  birthRange,
  firstSchoolDay,
  lastSchoolDay,
  ncYearCode,
  termDayWithin,
  toDay,
  toIso,
  yearsBefore,
} from './calendar';
import { type CensusBreak, breakForCensus } from './censusBreaks';
import { type SenRole, type SyntheticMonitoring, type SyntheticNeed, type SyntheticStatus, senHistory } from './history';
import { Identifiers, laCode } from './identifiers';
import { type PupilName, pupilName } from './names';
import { type PupilPeople, pupilPeople } from './people';
import { type Team, professionalTeam } from './professionals';
import { Random } from './random';
import { destinations, medicalNotes as generalMedicalNotes, needMedicalNotes, schoolNames } from './texts';

/**
 * The synthetic school: a whole school generated from a seed, the same seed giving
 * the same school byte for byte. Pure: no clock, no files, no database, no
 * Math.random; "today" is an input.
 *
 * The reference school (DESIGN.md, Performance budgets) is an all-through school,
 * Reception to Year 11: a 4-form-entry primary phase (120 a year) and an
 * 8-form-entry secondary phase (232 a year) that takes about half its Year 7 from
 * other primaries, 2,000 on roll. All-through so that the demo shows both phases:
 * Reception, phonics and speech and language needs as well as Year 10 ULNs,
 * transition and exam-age SEMH. On roll now:
 * - 60 EHC plans (3%) and 390 on SEN support (19.5%): 450 on the register (22.5%),
 *   exactly;
 * - 60 on the monitoring list (3%), exactly; about 90 who were on the register and
 *   are now N, and about 40 with a closed monitoring concern;
 * - plus 200 leavers (10% of the roll, exactly), never deleted: Year 11 and Year 6
 *   leavers in July and pupils who moved in the year, with their SEN records as they
 *   stood the day they left (the status at leaving stays open, as in the census).
 * 'small' is 60 on roll with the same proportions (2 plans, 12 on SEN support, 2
 * monitored, 6 leavers), for fast tests and screenshots.
 *
 * History covers the six years up to today: no record is dated earlier. Statements
 * (S) ended on 1 April 2018 and School Action (A, P) by 2015, all before any six-year
 * window this accepts (today from 1 September 2020), so no pupil has those historic
 * codes; CTF import tests cover them.
 */
export interface SyntheticPupil extends PupilPeople {
  /** Shaped like a version-4 UUID, drawn from the seed. */
  id: string;
  details: PupilDetails;
  /** Oldest first; periods are half-open (a status ends the day the next starts), at most one open. */
  senStatuses: SyntheticStatus[];
  senNeeds: SyntheticNeed[];
  monitoring: SyntheticMonitoring[];
}

export interface SyntheticSchool {
  schoolName: string;
  /** The school's LA number and establishment number: characters 2–8 of the UPNs it allocates. */
  laCode: string;
  establishmentNumber: string;
  /** The school's "now". */
  today: string;
  /** On roll first (Reception to Year 11, class by class), then leavers. */
  pupils: SyntheticPupil[];
  /** The pupils whose census data was broken on purpose (`brokenForCensus`), with the code to expect. */
  censusBreaks: CensusBreak[];
}

export interface SchoolOptions {
  seed: number;
  size?: 'reference' | 'small';
  /** ISO date, the school's "today": 1 September 2020 or later. */
  today: string;
  /** How many pupils on roll to give a census mistake (see censusBreaks.ts). Nothing else changes. */
  brokenForCensus?: number;
}

export const ON_ROLL = { reference: 2000, small: 60 } as const;

/** Shares of the roll; leavers are in addition to it. */
export const RATES = {
  plan: 0.03,
  senSupport: 0.195,
  formerRegister: 0.04,
  monitoring: 0.03,
  monitoringClosed: 0.02,
  leavers: 0.1,
} as const;

const YEARS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const isSecondary = (year: number) => year >= 7;
/** Places a year: 4 classes of 30 in the primary phase, 8 forms of 29 in the secondary. */
const places = (year: number) => (isSecondary(year) ? 232 : 120);
const classSize = (year: number) => (isSecondary(year) ? 29 : 30);
const HISTORY_YEARS = 6;
const EARLIEST_TODAY = '2020-09-01';

type AdmissionKind = 'reception' | 'year7' | 'in-year';

/** A pupil before their SEN story: enough to choose who has one. */
interface Draft {
  index: number;
  rnd: Random;
  id: string;
  sex: 'M' | 'F';
  receptionYear: number;
  /** NC year today, or on the day they left. */
  year: number;
  dateOfBirth: Day;
  name: PupilName;
  eal: boolean;
  admission: { kind: AdmissionKind; day: Day };
  leaving: { day: Day; kind: 'year11' | 'year6' | 'in-year' } | null;
  className: string;
  lookedAfter: boolean;
  previouslyLookedAfter: boolean;
  earliest: Day;
  latest: Day;
  role: SenRole;
}

export function generateSchool(options: SchoolOptions): SyntheticSchool {
  const size = options.size ?? 'reference';
  if (!(size in ON_ROLL)) throw new RangeError(`No school size ${JSON.stringify(size)}.`);
  const today = toDay(options.today);
  if (options.today < EARLIEST_TODAY) throw new RangeError(`The synthetic school's today is ${EARLIEST_TODAY} or later.`);
  const broken = options.brokenForCensus ?? 0;
  if (!Number.isInteger(broken) || broken < 0) throw new RangeError('brokenForCensus is a whole number of pupils.');

  const root = Random.seeded(options.seed);
  const identity = root.fork('school');
  const schoolName = `${identity.pick(schoolNames.places)} ${identity.pick(schoolNames.kinds)}`;
  const ids = new Identifiers({ la: laCode(identity), number: String(4000 + identity.int(0, 999)) }, root.fork('identifiers'));
  const windowStart = yearsBefore(today, HISTORY_YEARS);
  const thisYear = academicYearOf(today);

  const onRoll = ON_ROLL[size];
  const perYear = apportion(onRoll, YEARS.map(places));
  const classesIn = (year: number) => Math.max(1, Math.round(perYear[year]! / classSize(year)));

  const drafts: Draft[] = [];
  for (const year of YEARS) {
    const group: Draft[] = [];
    for (let k = 0; k < perYear[year]!; k++) {
      const index = drafts.length + group.length;
      group.push(draft(root.fork(`pupil:${index}`), index, thisYear - year, year, today, null, windowStart));
    }
    const letters = root.fork(`classes:${year}`).shuffle(group.map((_, k) => k));
    group.forEach((d, k) => (d.className = `${ncYearCode(year)}${String.fromCharCode(65 + (letters[k]! % classesIn(year)))}`));
    drafts.push(...group);
  }
  const leaverCount = Math.round(onRoll * RATES.leavers);
  for (let k = 0; k < leaverCount; k++) {
    const index = drafts.length;
    const rnd = root.fork(`leaver:${k}`);
    const leaving = leavingDay(rnd, windowStart, today);
    const year = leaving.kind === 'year11' ? 11 : leaving.kind === 'year6' ? 6 : rnd.int(0, 11);
    const d = draft(rnd, index, academicYearOf(leaving.day) - year, year, leaving.day, leaving, windowStart);
    d.className = `${ncYearCode(year)}${String.fromCharCode(65 + rnd.int(0, classesIn(year) - 1))}`;
    drafts.push(d);
  }

  assignRoles(drafts.filter((d) => d.leaving === null), onRoll, root.fork('roles'));
  for (const d of drafts) if (d.leaving) d.role = leaverRole(d.rnd);

  // Drawn after everything else, from streams of their own, so that adding people changed none of the existing fields.
  const team = professionalTeam(root.fork('professionals'));
  const pupils = drafts.map((d) => complete(d, ids, team));
  const censusBreaks = breakForCensus(pupils, broken, root.fork('census-breaks'));
  return { schoolName, laCode: ids.school.la, establishmentNumber: ids.school.number, today: options.today, pupils, censusBreaks };
}

/** Whole numbers in proportion to the weights, adding up to `total` (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const short = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < short; k++) out[order[k]![1]]! += 1;
  return out;
}

function draft(
  rnd: Random,
  index: number,
  receptionYear: number,
  year: number,
  latest: Day,
  leaving: Draft['leaving'],
  windowStart: Day,
): Draft {
  const id = rnd.uuid();
  const sex = rnd.chance(0.51) ? 'M' : 'F';
  const [bornFrom, bornTo] = birthRange(receptionYear);
  const dateOfBirth = rnd.int(bornFrom, bornTo);
  const name = pupilName(sex, rnd);
  const eal = rnd.chance(name.heritage.eal);
  const admission = admit(rnd, receptionYear, year, latest);
  const lookedAfter = rnd.chance(0.01);
  const previouslyLookedAfter = !lookedAfter && rnd.chance(0.01);
  const earliest = Math.max(windowStart, firstSchoolDay(receptionYear));
  return {
    index, rnd, id, sex, receptionYear, year, dateOfBirth, name, eal, admission, leaving, className: '',
    lookedAfter, previouslyLookedAfter, earliest, latest, role: 'none',
  };
}

/**
 * When a pupil joined. Primary phase: most at the start of Reception, about 1 in 8
 * later. Secondary phase: about 40% came up through this school's primary, 48%
 * joined at the start of Year 7 from other primaries, 12% later.
 */
function admit(rnd: Random, receptionYear: number, year: number, latest: Day): Draft['admission'] {
  const reception = { kind: 'reception' as const, day: Math.min(firstSchoolDay(receptionYear), latest) };
  const inYear = (from: Day) => {
    const low = from + 20;
    const high = latest - 5;
    return high < low ? null : { kind: 'in-year' as const, day: termDayWithin(rnd.int(low, high), high) };
  };
  if (!isSecondary(year)) return rnd.chance(0.88) ? reception : (inYear(firstSchoolDay(receptionYear)) ?? reception);
  const draw = rnd.next();
  if (draw < 0.4) return reception;
  const year7 = firstSchoolDay(receptionYear + 7);
  const atYear7 = year7 <= latest ? { kind: 'year7' as const, day: year7 } : reception;
  return draw < 0.88 ? atYear7 : (inYear(year7) ?? atYear7);
}

/**
 * Leavers over the six years: 35% at the end of Year 11 (to college or a sixth
 * form), 15% at the end of Year 6 (to another secondary), 50% during a year (a move
 * of house, another school, or for some with a plan a special school).
 */
function leavingDay(rnd: Random, windowStart: Day, today: Day): NonNullable<Draft['leaving']> {
  const kind = rnd.weighted([['year11', 35], ['year6', 15], ['in-year', 50]] as const);
  if (kind !== 'in-year') {
    const julys: Day[] = [];
    for (let year = academicYearOf(windowStart); year <= academicYearOf(today); year++) {
      const day = lastSchoolDay(year);
      if (day >= windowStart && day < today) julys.push(day);
    }
    if (julys.length > 0) return { kind, day: rnd.pick(julys) };
  }
  return { kind: 'in-year', day: termDayWithin(rnd.int(windowStart + 30, today - 1), today - 1) };
}

/** Weighted draws without replacement (repeated roulette: no logarithms, so the same on every platform). */
function drawWithout(rnd: Random, candidates: readonly Draft[], count: number, weight: (d: Draft) => number): Draft[] {
  const pool = candidates.map((d) => ({ d, w: weight(d) })).filter((c) => c.w > 0);
  const chosen: Draft[] = [];
  while (chosen.length < count && pool.length > 0) {
    const total = pool.reduce((sum, c) => sum + c.w, 0);
    let target = rnd.next() * total;
    let k = pool.findIndex((c) => (target -= c.w) < 0);
    if (k < 0) k = pool.length - 1;
    chosen.push(pool[k]!.d);
    pool.splice(k, 1);
  }
  return chosen;
}

// Identification by year: low in Reception, highest in Years 3 to 7, easing off by Year 11.
const supportByYear = [0.5, 0.8, 1, 1.15, 1.2, 1.2, 1.15, 1.1, 1, 0.95, 0.9, 0.85];
// Plans build up with age: few in Reception.
const planByYear = [0.5, 0.7, 0.85, 0.95, 1, 1.05, 1.1, 1.1, 1.1, 1.1, 1.1, 1.05];
const care = (d: Draft) => (d.lookedAfter ? 3 : d.previouslyLookedAfter ? 2 : 1);

/**
 * Exactly the school's shares, chosen with weights: boys are about 1.5 times as
 * likely as girls to be on SEN support and 2.4 times to have a plan (national
 * figures run at about two thirds and three quarters boys); looked-after and
 * previously looked-after children are several times as likely.
 */
function assignRoles(onRoll: Draft[], roll: number, rnd: Random): void {
  const room = (d: Draft) => d.latest - Math.max(d.earliest, d.admission.day);
  const give = (role: SenRole, share: number, minRoom: number, weight: (d: Draft) => number) => {
    const free = onRoll.filter((d) => d.role === 'none' && room(d) >= minRoom);
    for (const d of drawWithout(rnd, free, Math.round(roll * share), weight)) d.role = role;
  };
  give('plan', RATES.plan, 20, (d) => planByYear[d.year]! * (d.sex === 'M' ? 2.4 : 1) * care(d));
  give('sen-support', RATES.senSupport, 20, (d) => supportByYear[d.year]! * (d.sex === 'M' ? 1.55 : 1) * care(d));
  give('former-register', RATES.formerRegister, 400, (d) => (d.year >= 2 ? 1 : 0.3));
  give('monitoring', RATES.monitoring, 20, (d) => (d.year === 0 ? 0.6 : isSecondary(d.year) ? 0.9 : 1));
  give('monitoring-closed', RATES.monitoringClosed, 80, () => 1);
}

/** Pupils who leave are a little more likely to have SEN than those who stay. */
function leaverRole(rnd: Random): SenRole {
  return rnd.weighted([
    ['plan', 5], ['sen-support', 20], ['former-register', 5], ['monitoring-closed', 3], ['monitoring', 2], ['none', 65],
  ] as const);
}

function complete(d: Draft, ids: Identifiers, team: Team): SyntheticPupil {
  const { rnd } = d;
  const here = Math.max(d.earliest, d.admission.day);
  const minRoom = d.role === 'former-register' ? 400 : d.role === 'monitoring-closed' ? 80 : 20;
  const role: SenRole = d.latest - here >= minRoom ? d.role : 'none';
  const history = senHistory(
    {
      rnd,
      receptionYear: d.receptionYear,
      earliest: d.earliest,
      admitted: d.admission.day,
      latest: d.latest,
      leaver: d.leaving !== null,
      joiner: d.admission.kind !== 'reception',
    },
    role,
  );

  // Free school meals run higher among pupils with SEN (about 4 in 10 on the register, 2 in 10 otherwise).
  const fsmChance = 0.19 * ({ plan: 1.7, 'sen-support': 1.7, 'former-register': 1.4, monitoring: 1.3, 'monitoring-closed': 1.2, none: 1 } as const)[role];
  const fsm = !d.lookedAfter && rnd.chance(fsmChance);
  // Pupil premium: free meals now or in the last six years, or care experience.
  const pupilPremium = fsm || d.lookedAfter || d.previouslyLookedAfter || rnd.chance(0.05);

  const { upn, formerUpn } = upns(d, ids);
  const uln = d.year >= 10 && rnd.chance(0.95) ? ids.uln() : null;

  const needTypes = new Set(history.needs.map((n) => n.needType));
  const linked = Object.keys(needMedicalNotes).find((type) => needTypes.has(type));
  const medicalNotes =
    linked !== undefined && rnd.chance(0.8) ? needMedicalNotes[linked]! : rnd.chance(0.04) ? rnd.pick(generalMedicalNotes) : null;

  const details: PupilDetails = {
    upn,
    formerUpn,
    uln,
    legalSurname: d.name.legalSurname,
    legalForename: d.name.legalForename,
    preferredSurname: d.name.preferredSurname,
    preferredForename: d.name.preferredForename,
    dateOfBirth: toIso(d.dateOfBirth),
    sex: d.sex,
    ncYear: ncYearCode(d.year),
    className: d.className,
    admissionDate: toIso(d.admission.day),
    leavingDate: d.leaving ? toIso(d.leaving.day) : null,
    destinationSchool: d.leaving ? destination(d, role, rnd) : null,
    eal: d.eal,
    pupilPremium,
    fsm,
    lookedAfter: d.lookedAfter,
    previouslyLookedAfter: d.previouslyLookedAfter,
    medicalNotes,
  };
  const people = pupilPeople({
    rnd: rnd.fork('people'), team, sex: d.sex, name: d.name, eal: d.eal, lookedAfter: d.lookedAfter,
    previouslyLookedAfter: d.previouslyLookedAfter, receptionYear: d.receptionYear, secondary: isSecondary(d.year), history, here, latest: d.latest,
  });
  return { id: d.id, details, senStatuses: history.statuses, senNeeds: history.needs, monitoring: history.monitoring, ...people };
}

/**
 * A pupil who started in this school's Reception has a UPN this school allocated
 * that year. A joiner has the UPN their first school allocated when they started
 * school, except a new arrival from abroad (half of in-year joiners with EAL), who
 * gets one from this school on admission. About 1 in 7 other joiners came before
 * their UPN did and were given a temporary UPN, now kept as the former UPN.
 */
function upns(d: Draft, ids: Identifiers): { upn: string; formerUpn: string | null } {
  const { rnd } = d;
  const admittedIn = Number(toIso(d.admission.day).slice(0, 4));
  if (d.admission.kind === 'reception') return { upn: ids.allocate(admittedIn), formerUpn: null };
  if (d.admission.kind === 'in-year' && d.eal && rnd.chance(0.5)) return { upn: ids.allocate(admittedIn), formerUpn: null };
  const formerUpn = d.admission.kind === 'in-year' && rnd.chance(0.15) ? ids.temporary(admittedIn) : null;
  return { upn: ids.fromSchool(ids.otherSchool(), d.receptionYear), formerUpn };
}

function destination(d: Draft, role: SenRole, rnd: Random): string {
  switch (d.leaving!.kind) {
    case 'year11':
      return rnd.pick(destinations.college);
    case 'year6':
      return rnd.pick(destinations.secondary);
    case 'in-year':
      if (role === 'plan' && rnd.chance(0.5)) return rnd.pick(destinations.special);
      return rnd.pick(isSecondary(d.year) ? destinations.secondary : destinations.primary);
    default:
      throw new Error(`Unknown kind of leaving: ${String(d.leaving!.kind satisfies never)}`);
  }
}
