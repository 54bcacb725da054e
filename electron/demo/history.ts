import type { MonitoringEntry } from '../db/repositories/monitoring';
import type { Consulted, Provision, SenNeed, SenStatus } from '../db/repositories/senHistory';
import { type Day, academicYearOf, termDayOnOrBefore, termDayWithin, toDay, toIso } from './calendar';
import {
  DS_BEFORE,
  DS_FROM,
  type NeedSet,
  ceasingPlan,
  changedNeeds,
  drawNeeds,
  ehcPlan,
  needsAfterPlan,
  needsBeforePlan,
  senSupportTable,
} from './needs';
import type { Random } from './random';
import { concerns, decidedBy, monitoringClosed, LEFT_SCHOOL, raisedBy, statusNotes } from './texts';

export type SyntheticStatus = Omit<SenStatus, 'recorded' | 'pupilId'>;
export type SyntheticNeed = Omit<SenNeed, 'recorded' | 'pupilId'>;
export type SyntheticMonitoring = Omit<MonitoringEntry, 'recorded' | 'pupilId'>;

/**
 * What a pupil's SEN story comes to by "today" (or by the day they left):
 * - `plan`: an EHC plan now (E);
 * - `sen-support`: SEN support now (K);
 * - `former-register`: was on the register, now N;
 * - `monitoring`: on the monitoring list now (not on the register);
 * - `monitoring-closed`: was monitored once, the concern was closed;
 * - `none`: no SEN records at all, like most pupils.
 */
export type SenRole = 'plan' | 'sen-support' | 'former-register' | 'monitoring' | 'monitoring-closed' | 'none';

export interface HistoryFrame {
  rnd: Random;
  /** The academic year the pupil was (or would have been) in Reception. */
  receptionYear: number;
  /** Nothing is dated earlier: the start of the six-year history or of the pupil's schooling, whichever is later. */
  earliest: Day;
  /** The day the pupil joined this school: everything the school decides is on or after it. */
  admitted: Day;
  /** Today, or the leaving date. */
  latest: Day;
  leaver: boolean;
  /** Started school elsewhere, so may bring SEN support or a plan from there (in the common transfer file). */
  joiner: boolean;
}

export interface SenHistory {
  statuses: SyntheticStatus[];
  needs: SyntheticNeed[];
  monitoring: SyntheticMonitoring[];
}

/**
 * The pathways, as events with the days allowed since the one before:
 * K, E, N a new status; M added to the monitoring list; C that concern closed.
 * The gaps are the graduated approach's rhythm: a monitoring concern is reviewed
 * after 6 to 10 weeks at the earliest; a plan follows at least a couple of terms of
 * SEN support plus a 20-week assessment; pupils leave the register after two or
 * more review cycles.
 */
type EventKind = 'K' | 'E' | 'N' | 'M' | 'C';
type Pathway = 'E' | 'KE' | 'MKE' | 'EK' | 'K' | 'MK' | 'KNK' | 'KN' | 'MKN' | 'M' | 'KNM' | 'MC';
type Gap = readonly [min: number, max: number];

const MONITORING_TO_DECISION: Gap = [42, 200];
const SUPPORT_TO_PLAN: Gap = [240, 1000];
const SUPPORT_TO_NONE: Gap = [240, 900];

const pathways: Record<Pathway, readonly (readonly [EventKind, Gap])[]> = {
  E: [['E', [0, 0]]],
  KE: [['K', [0, 0]], ['E', SUPPORT_TO_PLAN]],
  MKE: [['M', [0, 0]], ['K', MONITORING_TO_DECISION], ['E', SUPPORT_TO_PLAN]],
  EK: [['E', [0, 0]], ['K', [365, 1100]]],
  K: [['K', [0, 0]]],
  MK: [['M', [0, 0]], ['K', MONITORING_TO_DECISION]],
  KNK: [['K', [0, 0]], ['N', SUPPORT_TO_NONE], ['K', [120, 700]]],
  KN: [['K', [0, 0]], ['N', SUPPORT_TO_NONE]],
  MKN: [['M', [0, 0]], ['K', MONITORING_TO_DECISION], ['N', SUPPORT_TO_NONE]],
  M: [['M', [0, 0]]],
  KNM: [['K', [0, 0]], ['N', SUPPORT_TO_NONE], ['M', [60, 600]]],
  MC: [['M', [0, 0]], ['C', MONITORING_TO_DECISION]],
};

/** A simpler pathway with the same ending, for a pupil with too little time in school for the first choice. */
const fallback: Partial<Record<Pathway, Pathway>> = { KE: 'E', MKE: 'KE', EK: 'K', MK: 'K', KNK: 'K', MKN: 'KN', KNM: 'M' };

const choices: Record<Exclude<SenRole, 'none'>, readonly (readonly [Pathway, number])[]> = {
  plan: [['E', 35], ['KE', 55], ['MKE', 10]],
  'sen-support': [['K', 61], ['MK', 30], ['KNK', 6], ['EK', 3]],
  'former-register': [['KN', 75], ['MKN', 25]],
  monitoring: [['M', 80], ['KNM', 20]],
  'monitoring-closed': [['MC', 100]],
};

/** Open monitoring concerns are recent: added within the last 75 days (about two half-terms), so about a third are past their review date. */
const RECENT_CONCERN = 75;
/** Events of one pupil are at least this far apart once moved onto term days. */
const MIN_APART = 14;

interface Event {
  kind: EventKind;
  day: Day;
}

export function senHistory(frame: HistoryFrame, role: SenRole): SenHistory {
  if (role === 'none') return { statuses: [], needs: [], monitoring: [] };
  let pathway: Pathway | undefined = frame.rnd.weighted(choices[role]);
  while (pathway) {
    const first = pathways[pathway][0]![0];
    for (let attempt = 0; attempt < 12; attempt++) {
      // A joiner brings SEN support or a plan from their last school half the time (the last tries do without).
      const prior = attempt < 8 && frame.joiner && (first === 'K' || first === 'E') && frame.rnd.chance(0.5);
      const events = place(pathways[pathway], frame, prior);
      if (events) return build(events, frame, prior);
    }
    pathway = fallback[pathway];
  }
  throw new Error(`No room for a ${role} history between ${toIso(frame.earliest)} and ${toIso(frame.latest)}.`);
}

/**
 * Dates for a pathway's events, placed backwards from the last (so an open concern
 * can be kept recent), each gap drawn within its limits and within what the earlier
 * events still need; then moved onto term days. Null when they do not fit.
 */
function place(steps: readonly (readonly [EventKind, Gap])[], frame: HistoryFrame, prior: boolean): Event[] | null {
  const { rnd, latest } = frame;
  const n = steps.length;
  // The earliest each event can be, going forwards.
  const earliest: Day[] = [];
  for (let i = 0; i < n; i++) {
    const bound = i === 0 && prior ? frame.earliest : Math.max(frame.earliest, frame.admitted);
    earliest.push(i === 0 ? bound : Math.max(bound, earliest[i - 1]! + steps[i]![1][0]));
  }
  const lastKind = steps[n - 1]![0];
  let lastHigh = lastKind === 'M' ? latest - 1 : latest;
  if (n === 1 && prior) lastHigh = Math.min(lastHigh, frame.admitted);
  let lastLow = earliest[n - 1]!;
  if (lastKind === 'M' && !frame.leaver) lastLow = Math.max(lastLow, latest - RECENT_CONCERN);
  if (lastLow > lastHigh) return null;

  const days: Day[] = new Array<Day>(n);
  days[n - 1] = rnd.int(lastLow, lastHigh);
  for (let i = n - 2; i >= 0; i--) {
    const later = days[i + 1]!;
    const [min, max] = steps[i + 1]![1];
    const low = Math.max(min, i === 0 && prior ? later - frame.admitted : min);
    const high = Math.min(max, later - earliest[i]!);
    if (low > high) return null;
    days[i] = later - rnd.int(low, high);
  }
  const snapped = days.map((day) => termDayWithin(day, lastHigh));
  for (let i = 0; i < n; i++) {
    const day = snapped[i]!;
    const bound = i === 0 && prior ? frame.earliest : Math.max(frame.earliest, frame.admitted);
    if (day < bound || day > latest) return null;
    if (i > 0 && day - snapped[i - 1]! < MIN_APART) return null;
  }
  if (prior && snapped[0]! > frame.admitted) return null;
  return steps.map(([kind], i) => ({ kind, day: snapped[i]! }));
}

function build(events: readonly Event[], frame: HistoryFrame, prior: boolean): SenHistory {
  const { rnd } = frame;
  const yearAt = (day: Day) => academicYearOf(day) - frame.receptionYear;
  const statusEvents = events.filter((e): e is Event & { kind: Provision } => e.kind === 'K' || e.kind === 'E' || e.kind === 'N');
  const statuses: SyntheticStatus[] = [];
  const monitoring: SyntheticMonitoring[] = [];

  events.forEach((event, i) => {
    const before = events[i - 1];
    const after = events[i + 1];
    if (event.kind === 'M') {
      const phase = yearAt(event.day) >= 7 ? 'secondary' : 'primary';
      // A move to SEN support closes the concern on the day support starts (as MonitoringService does).
      type Closure = Pick<SyntheticMonitoring, 'closedOn' | 'outcome' | 'outcomeNote'>;
      const closure: Closure =
        after?.kind === 'K'
          ? { closedOn: toIso(after.day), outcome: 'moved-to-sen-support', outcomeNote: statusNotes.fromMonitoring }
          : after?.kind === 'C'
            ? { closedOn: toIso(after.day), outcome: 'closed', outcomeNote: rnd.pick(monitoringClosed) }
            : frame.leaver
              ? { closedOn: toIso(frame.latest), outcome: 'closed', outcomeNote: LEFT_SCHOOL }
              : { closedOn: null, outcome: null, outcomeNote: null };
      monitoring.push({
        id: rnd.uuid(),
        reason: rnd.pick(concerns[phase]),
        addedOn: toIso(event.day),
        raisedBy: rnd.pick(raisedBy[yearAt(event.day) === 0 ? 'reception' : phase]),
        reviewOn: toIso(termDayWithin(event.day + rnd.int(42, 70), event.day + 120)),
        ...closure,
      });
      return;
    }
    if (event.kind === 'C') return;
    const fromElsewhere = prior && i === 0;
    const nextStatus = statusEvents[statusEvents.indexOf(event as Event & { kind: Provision }) + 1];
    const previousStatus = statuses[statuses.length - 1];
    statuses.push(status(event as Event & { kind: Provision }, {
      rnd,
      year: yearAt(event.day),
      fromElsewhere,
      after: before?.day ?? (fromElsewhere ? frame.earliest : Math.max(frame.earliest, frame.admitted)),
      fromMonitoring: before?.kind === 'M',
      planCeased: previousStatus?.provision === 'E' && event.kind === 'K',
      latest: frame.latest,
      end: nextStatus?.day ?? null,
    }));
  });

  return { statuses, needs: needsFor(statuses, frame), monitoring };
}

interface StatusContext {
  rnd: Random;
  year: number;
  fromElsewhere: boolean;
  /** The day of the event before (or the earliest allowed): a decision is not older than that. */
  after: Day;
  fromMonitoring: boolean;
  planCeased: boolean;
  latest: Day;
  end: Day | null;
}

function status(event: { kind: Provision; day: Day }, c: StatusContext): SyntheticStatus {
  const { rnd } = c;
  const lead = c.fromElsewhere ? 30 : event.kind === 'E' ? 14 : 10;
  const decision = Math.max(c.after, Math.min(event.day, termDayOnOrBefore(event.day - rnd.int(0, lead))));
  let decided: string;
  let note: string | null;
  let consulted: Consulted[];
  if (c.fromElsewhere) {
    decided = event.kind === 'E' ? decidedBy.previousPlan : decidedBy.previousSchool;
    note = event.kind === 'E' ? statusNotes.previousPlan : statusNotes.previousSchool;
    consulted = [];
  } else if (event.kind === 'E') {
    decided = rnd.pick(decidedBy.plan);
    note = rnd.pick(statusNotes.plan);
    consulted = c.year >= 3 ? ['class-teacher', 'parents', 'pupil'] : ['class-teacher', 'parents'];
  } else {
    const pupilAsked = rnd.chance(c.year >= 7 ? 0.85 : c.year >= 3 ? 0.5 : 0.1);
    consulted = pupilAsked ? ['class-teacher', 'parents', 'pupil'] : ['class-teacher', 'parents'];
    if (event.kind === 'N') {
      decided = rnd.pick(decidedBy.noSen);
      note = rnd.pick(statusNotes.noSen);
    } else {
      decided = rnd.pick(c.year >= 7 ? decidedBy.senSupportSecondary : decidedBy.senSupportPrimary);
      note = c.planCeased ? statusNotes.planCeased : c.fromMonitoring ? statusNotes.fromMonitoring : rnd.pick(statusNotes.senSupport);
    }
  }
  // The previous school told the parents, not this one; and a few older records never noted the day.
  const unrecorded = c.fromElsewhere || (event.day < c.latest - 3 * 365 && rnd.chance(0.03));
  const informed = unrecorded ? null : Math.min(c.latest, termDayWithin(decision + rnd.int(0, event.kind === 'E' ? 2 : 5), c.latest));
  return {
    id: rnd.uuid(),
    provision: event.kind,
    startDate: toIso(event.day),
    endDate: c.end === null ? null : toIso(c.end),
    decisionDate: toIso(decision),
    decidedBy: decided,
    consulted,
    parentsInformedOn: informed === null ? null : toIso(informed),
    note,
  };
}

interface Transition {
  day: Day;
  needs: NeedSet;
}

/**
 * Needs for each run of SEN support and plans (a run ends when the pupil moves to
 * N): drawn when the run starts, changed when a plan is issued or ceases, and now
 * and then part-way through a long period. They follow SenStatusService.setNeeds:
 * a need that keeps its type and rank runs on; any other ends on the day of the
 * change and the new one starts that day. Moving to N ends them all.
 */
function needsFor(statuses: readonly SyntheticStatus[], frame: HistoryFrame): SyntheticNeed[] {
  const { rnd } = frame;
  const secondaryAt = (day: Day) => academicYearOf(day) - frame.receptionYear >= 7;
  const out: SyntheticNeed[] = [];
  let i = 0;
  while (i < statuses.length) {
    if (statuses[i]!.provision === 'N') {
      i++;
      continue;
    }
    const run: SyntheticStatus[] = [];
    while (i < statuses.length && statuses[i]!.provision !== 'N') run.push(statuses[i++]!);
    const runEnd = run[run.length - 1]!.endDate;
    // A plan's needs are drawn first; support before it leads up to them, support after keeps them.
    const sets: NeedSet[] = [];
    const plan = run.findIndex((s) => s.provision === 'E');
    if (plan < 0) sets[0] = drawNeeds(senSupportTable(secondaryAt(toDay(run[0]!.startDate))), rnd);
    else {
      sets[plan] = drawNeeds(plan < run.length - 1 ? ceasingPlan : ehcPlan, rnd);
      for (let k = plan - 1; k >= 0; k--) sets[k] = needsBeforePlan(sets[k + 1]!, rnd);
    }
    for (let k = Math.max(plan, 0) + 1; k < run.length; k++) sets[k] = needsAfterPlan(sets[k - 1]!, rnd);

    const transitions: Transition[] = [];
    run.forEach((s, k) => {
      const start = toDay(s.startDate);
      const previous = transitions[transitions.length - 1];
      if (!previous) {
        transitions.push({ day: start, needs: sets[k]! });
      } else if (s.provision === 'E') {
        // The assessment names the needs; the school may have updated them a little before the plan.
        const early = rnd.chance(0.4) ? rnd.int(0, 90) : 0;
        const day = Math.max(Math.min(start, previous.day + 30), start - early);
        transitions.push({ day, needs: sets[k]! });
      } else {
        transitions.push({ day: start, needs: sets[k]! });
      }
      const periodEnd = s.endDate === null ? frame.latest : toDay(s.endDate);
      const current = transitions[transitions.length - 1]!;
      const room = periodEnd - (k < run.length - 1 ? 120 : 60) - (start + 150);
      const changeChance = current.needs[0] === 'NSA' ? 0.6 : 0.3;
      if (periodEnd - start > 400 && room > 0 && rnd.chance(changeChance)) {
        const day = termDayWithin(start + 150 + rnd.int(0, room), periodEnd - 1);
        if (day > current.day) transitions.push({ day, needs: changedNeeds(current.needs, rnd, secondaryAt(day)) });
      }
    });
    out.push(...segments(beforeDownSyndromeCode(transitions, runEnd === null ? null : toDay(runEnd), frame), runEnd, rnd));
  }
  return out;
}

/** Before January 2025 the census had no DS code: the same pupil was recorded under another need until then. */
function beforeDownSyndromeCode(transitions: readonly Transition[], runEnd: Day | null, frame: HistoryFrame): Transition[] {
  const dsFrom = toDay(DS_FROM);
  const out: Transition[] = [];
  transitions.forEach((t, k) => {
    if (t.day >= dsFrom || !t.needs.includes('DS')) {
      out.push(t);
      return;
    }
    const stand = frame.rnd.pick(DS_BEFORE.filter((n) => !t.needs.includes(n)));
    out.push({ day: t.day, needs: t.needs.map((n) => (n === 'DS' ? stand : n)) });
    const next = transitions[k + 1]?.day ?? runEnd ?? frame.latest + 1;
    if (dsFrom < next && dsFrom <= frame.latest) out.push({ day: dsFrom, needs: t.needs });
  });
  return out;
}

function segments(transitions: readonly Transition[], runEnd: string | null, rnd: Random): SyntheticNeed[] {
  const out: SyntheticNeed[] = [];
  const open = new Map<string, SyntheticNeed>();
  for (const { day, needs } of transitions) {
    const keys = needs.map((type, index) => `${index + 1}:${type}`);
    for (const [key, need] of open) {
      if (keys.includes(key)) continue;
      need.endDate = toIso(day);
      open.delete(key);
    }
    needs.forEach((type, index) => {
      const key = keys[index]!;
      if (open.has(key)) return;
      const need: SyntheticNeed = { id: rnd.uuid(), needType: type, rank: index + 1, startDate: toIso(day), endDate: null };
      open.set(key, need);
      out.push(need);
    });
  }
  for (const need of open.values()) need.endDate = runEnd;
  return out;
}
