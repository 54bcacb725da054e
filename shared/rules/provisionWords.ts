import {
  measureKindLabels,
  weekdays,
  type GroupStaff,
  type Measure,
  type ProvisionGroup,
  type StaffRole,
  type TimetableSlot,
  type Weekday,
} from '../domain/provision';
import type { Audience } from '../domain/provisionMaps';
import { clockMinutes } from './provisionCosting';

/** The words the provision maps use on screen and on paper, one place for both. */

const poundsFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 123456 → "£1,234.56"; 0 → "£0.00"; −50 → "−£0.50". */
export function formatPence(pence: number): string {
  if (!Number.isFinite(pence)) throw new RangeError(`A provision map cannot show a sum of ${String(pence)}.`);
  const whole = Math.round(pence);
  const sign = whole < 0 ? '−' : '';
  return `${sign}£${poundsFormat.format(Math.abs(whole) / 100)}`;
}

/** 1 decimal place for a mean or change on screen: 2.25 → "2.3", 3 → "3", −0.04 → "0". */
export function formatFigure(value: number): string {
  const rounded = Math.round((value + (value >= 0 ? Number.EPSILON : -Number.EPSILON)) * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

const shortDays: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri' };

/** Monday first, then by start time. */
export function sortSlots<T extends TimetableSlot>(slots: readonly T[]): T[] {
  return [...slots].sort((a, b) => weekdays.indexOf(a.day) - weekdays.indexOf(b.day) || a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 sessions a week of 20 minutes", or from the timetable "Mon 09:00–09:20, Wed 09:00–09:20". */
export function frequencyText(group: Pick<ProvisionGroup, 'timetable' | 'sessionsPerWeek' | 'minutesPerSession'>): string {
  if (group.timetable.length > 0) return sortSlots(group.timetable).map((s) => `${shortDays[s.day]} ${s.start}–${s.end}`).join(', ');
  return `${plural(group.sessionsPerWeek, 'session', 'sessions')} a week of ${plural(group.minutesPerSession, 'minute', 'minutes')}`;
}

/** "Mon, Wed 09:00–09:30"; days sharing a time go together. Without a timetable: "3 × 20 minutes a week". */
export function whenText(group: Pick<ProvisionGroup, 'timetable' | 'sessionsPerWeek' | 'minutesPerSession'>): string {
  if (group.timetable.length === 0) return `${group.sessionsPerWeek} × ${plural(group.minutesPerSession, 'minute', 'minutes')} a week`;
  const byTime = new Map<string, Weekday[]>();
  for (const slot of sortSlots(group.timetable)) {
    const time = `${slot.start}–${slot.end}`;
    const days = byTime.get(time) ?? [];
    if (!days.includes(slot.day)) days.push(slot.day);
    byTime.set(time, days);
  }
  return [...byTime].map(([time, days]) => `${days.map((d) => shortDays[d]).join(', ')} ${time}`).join('; ');
}

/** "On their own", "with 1 other pupil", "with 3 other pupils": never a name, whoever reads it. */
export function groupWithText(otherPupils: number): string {
  if (otherPupils <= 0) return 'On their own';
  return `with ${plural(otherPupils, 'other pupil', 'other pupils')}`;
}

/** Letters whose spoken name starts with a vowel sound, for initialisms read letter by letter ("an HLTA"). */
const vowelSoundLetters = new Set('AEFHILMNORSX');

/** "a teaching assistant", "an educational psychologist", "an HLTA", "a SENCO". */
export function withArticle(roleName: string): string {
  const name = roleName.trim();
  const firstWord = name.split(/\s+/)[0] ?? '';
  const isInitialism = firstWord.length > 1 && firstWord.length <= 4 && firstWord === firstWord.toUpperCase() && /^[A-Z]+$/.test(firstWord);
  const lowered = firstWord === firstWord.toUpperCase() && firstWord.length > 1 ? name : name.charAt(0).toLowerCase() + name.slice(1);
  const an = isInitialism ? vowelSoundLetters.has(firstWord.charAt(0)) : /^[aeiou]/i.test(firstWord);
  return `${an ? 'an' : 'a'} ${lowered}`;
}

const unknownRole = 'Member of staff';

/**
 * The staff of a group as an audience reads them: staff "Jo Bloggs (Teaching
 * assistant)"; a meeting the roles only; a parent "a teaching assistant",
 * each role once.
 */
export function staffText(staff: readonly GroupStaff[], roles: readonly StaffRole[], audience: Audience): string[] {
  const roleName = (id: string): string => roles.find((r) => r.id === id)?.name ?? unknownRole;
  switch (audience) {
    case 'staff':
      return staff.map((s) => `${s.name} (${roleName(s.roleId)})`);
    case 'meeting':
      return staff.map((s) => roleName(s.roleId));
    case 'parent':
      return [...new Set(staff.map((s) => withArticle(roleName(s.roleId))))];
  }
}

/** "Reading age (months)", or a custom measure's own name. */
export function measureLabel(measure: { kind: Measure['kind']; customName?: string | undefined }): string {
  if (measure.kind === 'custom') return measure.customName?.trim() || measureKindLabels.custom;
  return measureKindLabels[measure.kind];
}

export const SCHOOL_DAY_START = '07:00';
export const SCHOOL_DAY_END = '19:00';
const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What is wrong with a session's times, as messages for the form; empty when fine. */
export function timeRangeProblems(slot: Pick<TimetableSlot, 'start' | 'end'>): { field: 'start' | 'end'; message: string }[] {
  const problems: { field: 'start' | 'end'; message: string }[] = [];
  if (!clockPattern.test(slot.start)) problems.push({ field: 'start', message: 'Enter the start time as 24-hour hours and minutes, for example 09:00.' });
  if (!clockPattern.test(slot.end)) problems.push({ field: 'end', message: 'Enter the end time as 24-hour hours and minutes, for example 09:30.' });
  if (problems.length > 0) return problems;
  if (clockMinutes(slot.end) <= clockMinutes(slot.start)) return [{ field: 'end', message: 'The session must end after it starts.' }];
  if (clockMinutes(slot.start) < clockMinutes(SCHOOL_DAY_START)) problems.push({ field: 'start', message: `A session cannot start before ${SCHOOL_DAY_START}.` });
  if (clockMinutes(slot.end) > clockMinutes(SCHOOL_DAY_END)) problems.push({ field: 'end', message: `A session cannot end after ${SCHOOL_DAY_END}.` });
  return problems;
}
