import { describe, expect, it } from 'vitest';
import { formFromEntry, type GroupForm, readGroupForm } from '../../../renderer/src/screens/provision/groupForm';
import { printRequest, recipientOf } from '../../../renderer/src/screens/provision/printRequest';

const filled: GroupForm = {
  ...formFromEntry(null),
  name: ' Toe by Toe (Year 5) ',
  area: 'cognition-learning',
  wave: '2',
  measureKind: 'reading-age',
  intendedOutcome: 'Reading age up by six months',
  sessionsPerWeek: '3',
  minutesPerSession: '20',
  weeks: '12',
  materials: '45',
  staff: [{ name: 'Jo Bloggs', roleId: 'teaching-assistant' }],
  timetable: [{ day: 'mon', start: '09:00', end: '09:20' }],
  startDate: '2026-09-07',
};

describe('the group form, read for the contract', () => {
  it('a filled form becomes the group, trimmed, in pence', () => {
    expect(readGroupForm(filled, true)).toEqual({
      value: {
        name: 'Toe by Toe (Year 5)',
        area: 'cognition-learning',
        wave: 2,
        measure: { kind: 'reading-age' },
        intendedOutcome: 'Reading age up by six months',
        sessionsPerWeek: 3,
        minutesPerSession: 20,
        weeks: 12,
        materialsPence: 4500,
        licencePence: null,
        staff: [{ name: 'Jo Bloggs', roleId: 'teaching-assistant' }],
        timetable: [{ day: 'mon', start: '09:00', end: '09:20' }],
        room: '',
        startDate: '2026-09-07',
        endDate: null,
      },
    });
  });

  it('a viewer who may not see costs sends none, whatever the fields hold: main keeps the figures', () => {
    const read = readGroupForm({ ...filled, materials: 'not money' }, false);
    expect(read).toMatchObject({ value: { materialsPence: null, licencePence: null } });
  });

  it.each<[string, Partial<GroupForm>, Record<string, string[]>]>([
    ['no name', { name: ' ' }, { name: ['Enter the name of the group.'] }],
    ['a custom measure without its name', { measureKind: 'custom' }, { customName: ['Name the measure of your own, for example "Boxall profile".'] }],
    ['too many sessions', { sessionsPerWeek: '36' }, { sessionsPerWeek: ['Give the sessions a week as a whole number from 1 to 35.'] }],
    ['a session that ends before it starts', { timetable: [{ day: 'tue', start: '10:00', end: '09:30' }] }, { timetable: ['Session 1 must end after it starts.'] }],
    ['a member of staff with no role', { staff: [{ name: 'Jo Bloggs', roleId: '' }] }, { staff: ['Choose the role of member of staff 1.'] }],
    ['an end before the start', { endDate: '2026-09-01' }, { endDate: ['The end date must be on or after the start date.'] }],
    ['materials that are not money', { materials: '4.555' }, { materials: ['Give the materials cost in pounds and pence, for example 12.50.'] }],
  ])('%s is refused on its field', (_what, change, errors) => {
    expect(readGroupForm({ ...filled, ...change }, true)).toEqual({ errors });
  });

  it('a group started from a library entry gets its figures and its default role', () => {
    const entry = { id: 'p1', name: 'Lego therapy', description: '', evidence: '', area: 'communication-interaction', wave: 2, defaultRoleId: 'hlta', groupSize: 3, sessionsPerWeek: 1, minutesPerSession: 45, weeks: 10, materialsPence: null, licencePence: null, intendedOutcome: 'Turn-taking', measure: { kind: 'engagement' }, archived: false, version: 1, recorded: { at: '', by: null } } as const;
    expect(formFromEntry(entry)).toMatchObject({ name: 'Lego therapy', wave: '2', minutesPerSession: '45', measureKind: 'engagement', staff: [{ name: '', roleId: 'hlta' }] });
  });
});

describe('who a printed map goes to', () => {
  it.each([
    ['staff', 'la-sen-team', 'school-staff'],
    ['parent', 'la-sen-team', 'parent'],
    ['meeting', 'la-sen-team', 'la-sen-team'],
  ] as const)('for %s (meeting with %s): %s', (audience, meetingKind, expected) => {
    expect(recipientOf(audience, meetingKind)).toBe(expected);
  });

  it('staff of this school carry no name; a map never includes health or family details', () => {
    const form = { audience: 'staff', meetingKind: 'la-sen-team', name: 'Ann', organisation: 'Northshire', purpose: ' Governors ' } as const;
    expect(printRequest({ kind: 'provision-impact', groupId: 'g1' }, form, 'print')).toEqual({
      output: { kind: 'provision-impact', groupId: 'g1', audience: 'staff' },
      recipient: { kind: 'school-staff' },
      purpose: 'Governors',
      include: { health: false, familySocialCare: false, thirdPartyReports: false },
      delivery: 'print',
    });
    expect(printRequest({ kind: 'provision-impact', groupId: 'g1' }, { ...form, audience: 'meeting' }, undefined).recipient).toEqual({ kind: 'la-sen-team', name: 'Ann', organisation: 'Northshire' });
  });
});
