import type { z } from 'zod';
import type { groupFields } from '../../../../shared/contract/provision';
import type { BroadArea } from '../../../../shared/domain/sen';
import type { MeasureKind, Wave, Weekday } from '../../../../shared/domain/provision';
import { today } from '../pupil/decision';
import type { GroupValue, ProvisionEntryValue } from './api';
import { fieldToPence, penceToField } from './money';

export type GroupFieldsInput = z.input<typeof groupFields>;

/** The group form as its controls hold it: text for every number, so a half-typed value is not lost. */
export interface GroupForm {
  name: string;
  area: BroadArea | '';
  wave: '1' | '2' | '3' | '';
  measureKind: MeasureKind | '';
  customName: string;
  intendedOutcome: string;
  sessionsPerWeek: string;
  minutesPerSession: string;
  weeks: string;
  materials: string;
  licence: string;
  staff: { name: string; roleId: string }[];
  timetable: { day: Weekday | ''; start: string; end: string }[];
  room: string;
  startDate: string;
  endDate: string;
}

export const groupIds = {
  name: 'group-name',
  area: 'group-area',
  wave: 'group-wave',
  measureKind: 'group-measure',
  customName: 'group-measure-name',
  intendedOutcome: 'group-outcome',
  sessionsPerWeek: 'group-sessions',
  minutesPerSession: 'group-minutes',
  weeks: 'group-weeks',
  materials: 'group-materials',
  licence: 'group-licence',
  staff: 'group-staff-name-0',
  timetable: 'group-slot-day-0',
  room: 'group-room',
  startDate: 'group-start',
  endDate: 'group-end',
} as const;
export type GroupField = keyof typeof groupIds;

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function formFromGroup(g: GroupValue): GroupForm {
  return {
    name: g.name,
    area: g.area,
    wave: String(g.wave) as GroupForm['wave'],
    measureKind: g.measure.kind,
    customName: g.measure.customName ?? '',
    intendedOutcome: g.intendedOutcome,
    sessionsPerWeek: text(g.sessionsPerWeek),
    minutesPerSession: text(g.minutesPerSession),
    weeks: text(g.weeks),
    materials: penceToField(g.materialsPence),
    licence: penceToField(g.licencePence),
    staff: g.staff.map((s) => ({ ...s })),
    timetable: g.timetable.map((s) => ({ ...s })),
    room: g.room,
    startDate: g.startDate,
    endDate: g.endDate ?? '',
  };
}

/** A group started from a library entry: its figures, its default role for the first member of staff, from today. */
export function formFromEntry(e: ProvisionEntryValue | null): GroupForm {
  return {
    name: e?.name ?? '',
    area: e?.area ?? '',
    wave: e ? (String(e.wave) as GroupForm['wave']) : '',
    measureKind: e?.measure.kind ?? '',
    customName: e?.measure.customName ?? '',
    intendedOutcome: e?.intendedOutcome ?? '',
    sessionsPerWeek: text(e?.sessionsPerWeek),
    minutesPerSession: text(e?.minutesPerSession),
    weeks: text(e?.weeks),
    materials: penceToField(e?.materialsPence ?? null),
    licence: penceToField(e?.licencePence ?? null),
    staff: [{ name: '', roleId: e?.defaultRoleId ?? '' }],
    timetable: [],
    room: '',
    startDate: today(),
    endDate: '',
  };
}

const whole = (value: string, what: string, min: number, max: number, found: string[]): number => {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) found.push(`Give ${what} as a whole number from ${min} to ${max}.`);
  return n;
};

/** The contract's group from the form, or the errors of each field; money only when the viewer may see it. */
export function readGroupForm(f: GroupForm, showMoney: boolean): { value: GroupFieldsInput } | { errors: Partial<Record<GroupField, string[]>> } {
  const errors: Partial<Record<GroupField, string[]>> = {};
  const add = (field: GroupField, message: string) => (errors[field] ??= []).push(message);
  if (f.name.trim() === '') add('name', 'Enter the name of the group.');
  if (f.area === '') add('area', 'Choose the broad area of need.');
  if (f.wave === '') add('wave', 'Choose wave 1, 2 or 3.');
  if (f.measureKind === '') add('measureKind', 'Choose how entry and exit are measured.');
  if (f.measureKind === 'custom' && f.customName.trim() === '') add('customName', 'Name the measure of your own, for example "Boxall profile".');
  if (f.intendedOutcome.trim() === '') add('intendedOutcome', 'Say what the group is meant to achieve.');
  const numbers = { sessionsPerWeek: [] as string[], minutesPerSession: [] as string[], weeks: [] as string[] };
  const sessionsPerWeek = whole(f.sessionsPerWeek, 'the sessions a week', 1, 35, numbers.sessionsPerWeek);
  const minutesPerSession = whole(f.minutesPerSession, 'the minutes a session', 1, 480, numbers.minutesPerSession);
  const weeks = whole(f.weeks, 'the weeks of sessions', 1, 260, numbers.weeks);
  for (const [field, list] of Object.entries(numbers)) for (const m of list) add(field as GroupField, m);
  const materials = showMoney ? fieldToPence(f.materials, 'the materials cost') : { pence: null };
  const licence = showMoney ? fieldToPence(f.licence, 'the licence cost') : { pence: null };
  if ('error' in materials) add('materials', materials.error);
  if ('error' in licence) add('licence', licence.error);
  f.staff.forEach((s, i) => {
    if (s.name.trim() === '') add('staff', `Enter the name of member of staff ${i + 1}, or remove them.`);
    if (s.roleId === '') add('staff', `Choose the role of member of staff ${i + 1}.`);
  });
  f.timetable.forEach((s, i) => {
    if (s.day === '') add('timetable', `Choose the day of session ${i + 1}.`);
    if (!/^\d\d:\d\d$/.test(s.start) || !/^\d\d:\d\d$/.test(s.end)) add('timetable', `Give the start and end times of session ${i + 1}.`);
    else if (s.end <= s.start) add('timetable', `Session ${i + 1} must end after it starts.`);
  });
  if (f.startDate === '') add('startDate', 'Enter the date the group starts.');
  if (f.endDate !== '' && f.startDate !== '' && f.endDate < f.startDate) add('endDate', 'The end date must be on or after the start date.');
  if (Object.keys(errors).length > 0 || f.area === '' || f.wave === '' || f.measureKind === '') return { errors };
  return {
    value: {
      name: f.name.trim(),
      area: f.area,
      wave: Number(f.wave) as Wave,
      measure: f.measureKind === 'custom' ? { kind: 'custom', customName: f.customName.trim() } : { kind: f.measureKind },
      intendedOutcome: f.intendedOutcome.trim(),
      sessionsPerWeek,
      minutesPerSession,
      weeks,
      materialsPence: 'pence' in materials ? materials.pence : null,
      licencePence: 'pence' in licence ? licence.pence : null,
      staff: f.staff.map((s) => ({ name: s.name.trim(), roleId: s.roleId })),
      timetable: f.timetable.map((s) => ({ day: s.day as Weekday, start: s.start, end: s.end })),
      room: f.room.trim(),
      startDate: f.startDate,
      endDate: f.endDate === '' ? null : f.endDate,
    },
  };
}
