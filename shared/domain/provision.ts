import type { BroadArea } from './sen';

/**
 * Provision mapping (issue 6, REFERENCE.md §7): the words both sides of the
 * app share for the provision library, the groups that run for real, the
 * pupils in them, staff roles and the LA costing templates.
 *
 * Money is whole pence (integers) wherever it is stored or shown; a rate per
 * minute may have a fraction of a penny (hundredths), because a template says
 * "£0.3125 a minute" and an hourly rate divides by 60.
 */

// Waves of provision (the graduated approach)

export const waves = [1, 2, 3] as const;
export type Wave = (typeof waves)[number];

export const waveLabels: Record<Wave, string> = {
  1: 'Wave 1: quality-first teaching',
  2: 'Wave 2: small group',
  3: 'Wave 3: individual or specialist',
};

// Entry and exit measures

export const measureKinds = ['standardised-score', 'reading-age', 'spelling-age', 'b-squared', 'engagement', 'custom'] as const;
export type MeasureKind = (typeof measureKinds)[number];

export const measureKindLabels: Record<MeasureKind, string> = {
  'standardised-score': 'Standardised score',
  'reading-age': 'Reading age (months)',
  'spelling-age': 'Spelling age (months)',
  'b-squared': 'B Squared steps',
  engagement: 'Engagement scale (0–28)',
  custom: 'A measure of your own',
};

/** What one unit of gain is called, for "cost per month of reading age gained". */
export const measureUnits: Record<MeasureKind, { one: string; many: string }> = {
  'standardised-score': { one: 'point', many: 'points' },
  'reading-age': { one: 'month', many: 'months' },
  'spelling-age': { one: 'month', many: 'months' },
  'b-squared': { one: 'step', many: 'steps' },
  engagement: { one: 'point', many: 'points' },
  custom: { one: 'point', many: 'points' },
};

/** The scores each measure allows; higher is better on every one of them. */
export const measureRanges: Record<MeasureKind, { min: number; max: number; wholeNumbers: boolean }> = {
  'standardised-score': { min: 40, max: 160, wholeNumbers: true },
  'reading-age': { min: 0, max: 300, wholeNumbers: true },
  'spelling-age': { min: 0, max: 300, wholeNumbers: true },
  'b-squared': { min: 0, max: 1000, wholeNumbers: false },
  engagement: { min: 0, max: 28, wholeNumbers: true },
  custom: { min: -100_000, max: 100_000, wholeNumbers: false },
};

export interface Measure {
  kind: MeasureKind;
  /** Required for `custom`, absent otherwise: "Boxall profile", "words read a minute". */
  customName?: string;
}

// Staff roles and costing

export interface StaffRole {
  id: string;
  name: string;
  /** Pence per hour. Only the SENCO sees pay: null for every other role, at the service. */
  hourlyRatePence: number | null;
}

/**
 * A named LA costing template (REFERENCE §7): weeks in its school year, a
 * cost per minute for each staff role it prices, and an optional cap. A role
 * the template does not price is costed at the school's own hourly rate ÷ 60,
 * and the map says so. The built-in "School default (38 weeks)" prices no role
 * itself, so it uses the school's rates throughout.
 */
export interface CostingTemplate {
  id: string;
  name: string;
  weeksPerYear: number;
  /** Role id → pence per minute (hundredths of a penny allowed). */
  ratesPerMinutePence: Record<string, number>;
  /** The most one provision may cost for one pupil in a school year, in pence; null for none. */
  capPerPupilPerProvisionPence: number | null;
  builtIn: boolean;
}

export const DEFAULT_TEMPLATE_ID = 'default-38-weeks';
export const DEFAULT_WEEKS_PER_YEAR = 38;
/** REFERENCE §7: the school meets the first £6,000 of a pupil's additional support (element 2). */
export const ELEMENT_2_THRESHOLD_PENCE = 600_000;

// The library

export interface ProvisionEntry {
  id: string;
  name: string;
  description: string;
  /** The evidence base: "EEF toolkit: small-group tuition, +4 months". */
  evidence: string;
  area: BroadArea;
  wave: Wave;
  defaultRoleId: string | null;
  groupSize: number;
  sessionsPerWeek: number;
  minutesPerSession: number;
  /** Weeks one run of the provision lasts. */
  weeks: number;
  /** Materials and licences for one run, in pence; null when the viewer may not see costs (only the SENCO may). */
  materialsPence: number | null;
  licencePence: number | null;
  intendedOutcome: string;
  measure: Measure;
  /** Taken out of the library: kept for the groups that came from it, not offered for new ones. */
  archived: boolean;
}

// Groups: a provision running for real

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof weekdays)[number];
export const weekdayLabels: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
};

/** One session in the week: "Tuesday 09:00–09:30". Times are 24-hour HH:MM, school time. */
export interface TimetableSlot {
  day: Weekday;
  start: string;
  end: string;
}

export interface GroupStaff {
  name: string;
  roleId: string;
}

export const evaluationDecisions = ['continue', 'stop', 'change'] as const;
export type EvaluationDecision = (typeof evaluationDecisions)[number];
export const evaluationDecisionLabels: Record<EvaluationDecision, string> = {
  continue: 'Continue',
  stop: 'Stop',
  change: 'Change',
};

export interface Evaluation {
  decision: EvaluationDecision;
  reason: string;
  /** ISO date the evaluation was made. */
  date: string;
}

/**
 * A group copies its provision's figures when it starts, so editing the
 * library later never changes what a running or past group cost.
 *
 * Weekly minutes for costing are the timetable's (the sum of its slots) when
 * it has one, else sessions per week × minutes per session.
 */
export interface ProvisionGroup {
  id: string;
  /** The library entry it started from; null for a group set up on its own. */
  provisionId: string | null;
  name: string;
  area: BroadArea;
  wave: Wave;
  measure: Measure;
  intendedOutcome: string;
  sessionsPerWeek: number;
  minutesPerSession: number;
  /** Weeks of sessions between start and end; for an open-ended group, the template's weeks a year apply. */
  weeks: number;
  /** As the library's: null when the viewer may not see costs. */
  materialsPence: number | null;
  licencePence: number | null;
  staff: GroupStaff[];
  timetable: TimetableSlot[];
  room: string;
  startDate: string;
  /** Planned or actual end; null for a group with no end set. */
  endDate: string | null;
  evaluation: Evaluation | null;
}

export interface Score {
  score: number;
  /** ISO date the assessment was made. */
  date: string;
}

/** A pupil in a group, with their own dates: pupils join late and leave early. */
export interface ProvisionMembership {
  id: string;
  groupId: string;
  pupilId: string;
  startDate: string;
  endDate: string | null;
  entry: Score | null;
  exit: Score | null;
  reviewOutcomeId: string | null;
  evaluation: Evaluation | null;
}

/** A school's words for how a pupil's provision went, each scored −2…+2. */
export interface ReviewOutcome {
  id: string;
  label: string;
  score: -2 | -1 | 0 | 1 | 2;
}

export const defaultReviewOutcomes: readonly Omit<ReviewOutcome, 'id'>[] = [
  { label: 'Exceeded the intended outcome', score: 2 },
  { label: 'Met the intended outcome', score: 1 },
  { label: 'Partly met the intended outcome', score: 0 },
  { label: 'Did not meet the intended outcome', score: -1 },
  { label: 'Went backwards', score: -2 },
];
