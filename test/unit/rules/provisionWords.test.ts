import { describe, expect, it } from 'vitest';
import type { Audience } from '../../../shared/domain/provisionMaps';
import type { GroupStaff, Measure, TimetableSlot } from '../../../shared/domain/provision';
import {
  formatFigure,
  formatPence,
  frequencyText,
  groupWithText,
  measureLabel,
  staffText,
  timeRangeProblems,
  whenText,
  withArticle,
} from '../../../shared/rules/provisionWords';
import { group, roles } from './provisionFixtures';

describe('money and figures', () => {
  it.each([
    [0, '£0.00'],
    [5, '£0.05'],
    [3750, '£37.50'],
    [123456, '£1,234.56'],
    [600000, '£6,000.00'],
    [123456789, '£1,234,567.89'],
    [-50, '−£0.50'],
  ])('%d pence is %s', (pence, words) => {
    expect(formatPence(pence)).toBe(words);
  });

  it.each([
    [2.25, '2.3'],
    [3, '3'],
    [0.33, '0.3'],
    [-1.25, '-1.3'],
    [-0.04, '0'],
  ])('%d on screen is %s', (value, words) => {
    expect(formatFigure(value)).toBe(words);
  });
});

const monWed: TimetableSlot[] = [
  { day: 'wed', start: '09:00', end: '09:30' },
  { day: 'mon', start: '09:00', end: '09:30' },
];

describe('how often and when', () => {
  it.each<[string, Parameters<typeof frequencyText>[0], string]>([
    ['sessions without a timetable', group(), '3 sessions a week of 20 minutes'],
    ['one session', group({ sessionsPerWeek: 1, minutesPerSession: 1 }), '1 session a week of 1 minute'],
    ['a timetable, Monday first', group({ timetable: monWed }), 'Mon 09:00–09:30, Wed 09:00–09:30'],
  ])('frequency: %s', (_, g, words) => {
    expect(frequencyText(g)).toBe(words);
  });

  it.each<[string, TimetableSlot[], string]>([
    ['no timetable', [], '3 × 20 minutes a week'],
    ['days sharing a time', monWed, 'Mon, Wed 09:00–09:30'],
    ['different times', [...monWed, { day: 'fri', start: '13:15', end: '13:45' }], 'Mon, Wed 09:00–09:30; Fri 13:15–13:45'],
    ['two sessions on one day', [{ day: 'tue', start: '14:00', end: '14:20' }, { day: 'tue', start: '09:00', end: '09:20' }], 'Tue 09:00–09:20; Tue 14:00–14:20'],
  ])('when: %s', (_, timetable, words) => {
    expect(whenText(group({ timetable }))).toBe(words);
  });

  it.each([
    [0, 'On their own'],
    [1, 'with 1 other pupil'],
    [3, 'with 3 other pupils'],
  ])('with %d others: "%s"', (n, words) => {
    expect(groupWithText(n)).toBe(words);
  });
});

describe('staff as each audience reads them', () => {
  const staff: GroupStaff[] = [
    { name: 'Jo Bloggs', roleId: 'ta' },
    { name: 'Sam Lee', roleId: 'ta' },
    { name: 'Ali Khan', roleId: 'hlta' },
    { name: 'Dr Patel', roleId: 'ep' },
    { name: 'Kim Rowe', roleId: 'gone' },
  ];

  it.each<[Audience, string[]]>([
    ['staff', ['Jo Bloggs (Teaching assistant)', 'Sam Lee (Teaching assistant)', 'Ali Khan (HLTA)', 'Dr Patel (Educational psychologist)', 'Kim Rowe (Member of staff)']],
    ['meeting', ['Teaching assistant', 'Teaching assistant', 'HLTA', 'Educational psychologist', 'Member of staff']],
    ['parent', ['a teaching assistant', 'an HLTA', 'an educational psychologist', 'a member of staff']],
  ])('%s', (audience, words) => {
    expect(staffText(staff, roles, audience)).toEqual(words);
  });

  it.each([
    ['Teaching assistant', 'a teaching assistant'],
    ['HLTA', 'an HLTA'],
    ['SENCO', 'a SENCO'],
    ['Speech and language therapist', 'a speech and language therapist'],
    ['Occupational therapist', 'an occupational therapist'],
    ['ELSA', 'an ELSA'],
    ['TA', 'a TA'],
  ])('%s → %s', (role, words) => {
    expect(withArticle(role)).toBe(words);
  });
});

describe('measure labels', () => {
  it.each<[Measure, string]>([
    [{ kind: 'reading-age' }, 'Reading age (months)'],
    [{ kind: 'engagement' }, 'Engagement scale (0–28)'],
    [{ kind: 'custom', customName: 'Boxall profile' }, 'Boxall profile'],
    [{ kind: 'custom', customName: '  ' }, 'A measure of your own'],
  ])('%j → %s', (measure, label) => {
    expect(measureLabel(measure)).toBe(label);
  });
});

describe('a session’s times', () => {
  it.each<[string, string, string, { field: string; message: string }[]]>([
    ['a morning session', '09:00', '09:30', []],
    ['the whole allowed day', '07:00', '19:00', []],
    ['12-hour times', '9:00', '9.30', [
      { field: 'start', message: 'Enter the start time as 24-hour hours and minutes, for example 09:00.' },
      { field: 'end', message: 'Enter the end time as 24-hour hours and minutes, for example 09:30.' },
    ]],
    ['minute 60', '09:60', '10:00', [{ field: 'start', message: 'Enter the start time as 24-hour hours and minutes, for example 09:00.' }]],
    ['ending when it starts', '09:00', '09:00', [{ field: 'end', message: 'The session must end after it starts.' }]],
    ['ending before it starts', '10:00', '09:30', [{ field: 'end', message: 'The session must end after it starts.' }]],
    ['before 07:00', '06:45', '07:15', [{ field: 'start', message: 'A session cannot start before 07:00.' }]],
    ['after 19:00', '18:30', '19:15', [{ field: 'end', message: 'A session cannot end after 19:00.' }]],
  ])('%s: %s–%s', (_, start, end, problems) => {
    expect(timeRangeProblems({ start, end })).toEqual(problems);
  });
});
