import { describe, expect, it } from 'vitest';
import type { PupilDetails } from '../../electron/db/repositories/pupils';
import { AccountsService } from '../../electron/services/accounts';
import { CostingRolesService } from '../../electron/services/costingRoles';
import { CostingTemplatesService } from '../../electron/services/costingTemplates';
import { type GroupInput, ProvisionGroupsService } from '../../electron/services/provisionGroups';
import { type EntryInput, ProvisionLibraryService } from '../../electron/services/provisionLibrary';
import { groupMapData, pupilMapData, schoolMapData } from '../../electron/services/provisionMapData';
import { ProvisionMembershipsService } from '../../electron/services/provisionMemberships';
import { ProvisionOutcomesService } from '../../electron/services/provisionOutcomes';
import { PupilFilesService } from '../../electron/services/pupilFiles';
import type { SessionService } from '../../electron/services/session';
import type { Role } from '../../shared/domain/roles';
import { PASSPHRASE, SENCO, TestClock, createVault, tempDirs, unlock } from '../support/tempVault';

const fresh = tempDirs();

const pupil = (legalForename: string, legalSurname: string, more: Partial<PupilDetails> = {}): PupilDetails => ({
  upn: null, formerUpn: null, uln: null, legalSurname, legalForename, preferredSurname: null, preferredForename: null,
  dateOfBirth: '2016-03-14', sex: 'F', ncYear: '5', className: '5B', admissionDate: null, leavingDate: null,
  destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false, previouslyLookedAfter: false,
  medicalNotes: null, ...more,
});

const toeByToe: EntryInput = {
  name: 'Toe by Toe', description: 'Structured phonics, one to one.', evidence: 'EEF: phonics, +5 months', area: 'cognition-learning',
  wave: 3, defaultRoleId: 'teaching-assistant', groupSize: 1, sessionsPerWeek: 3, minutesPerSession: 20, weeks: 12,
  materialsPence: 2_500, licencePence: 0, intendedOutcome: 'Reading age up by 6 months', measure: { kind: 'reading-age' },
};

const groupFields = (more: Partial<GroupInput> = {}): GroupInput => ({
  name: 'Lego therapy (Year 5)', area: 'semh', wave: 2, measure: { kind: 'engagement' }, intendedOutcome: 'Turn-taking',
  sessionsPerWeek: 2, minutesPerSession: 30, weeks: 10, materialsPence: 4_000, licencePence: 1_000,
  staff: [{ name: 'Jo Bloggs', roleId: 'hlta' }], timetable: [{ day: 'tue', start: '09:00', end: '09:30' }, { day: 'thu', start: '13:15', end: '13:45' }],
  room: 'Library', startDate: '2026-09-07', endDate: '2026-12-18', ...more,
});

async function school() {
  const clock = new TestClock();
  const session = await createVault(fresh(), { clock });
  const files = new PupilFilesService(session);
  const ids = {
    ava: files.add(pupil('Ava', 'Okonjo', { preferredForename: 'Avie' })),
    ben: files.add(pupil('Ben', 'Hill', { ncYear: '4', className: '4A', leavingDate: '2026-10-31' })),
    cara: files.add(pupil('Cara', 'Nowak', { admissionDate: '2026-10-05' })),
  };
  return {
    session, clock, ids,
    library: new ProvisionLibraryService(session),
    groups: new ProvisionGroupsService(session),
    members: new ProvisionMembershipsService(session),
    outcomes: new ProvisionOutcomesService(session),
    roles: new CostingRolesService(session),
    templates: new CostingTemplatesService(session),
  };
}

const count = (session: SessionService, table: string) => (session.db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const counts = (session: SessionService) =>
  ['provision_entry_version', 'provision_group_version', 'provision_group_staff', 'provision_group_slot', 'provision_membership_version', 'audit_log'].map(
    (table) => count(session, table),
  );

/** Signs the SENCO out and someone with `role` in. */
async function signInAs(session: SessionService, role: Role) {
  const name = `Staff ${role}`;
  const passphrase = 'marble pigeon saucer glacier';
  await new AccountsService(session).add({ name, role, passphrase, passphraseConfirm: passphrase });
  session.lock('user');
  await unlock(session, passphrase, name);
}

describe('migration 007', () => {
  it('seeds the roles without rates, the built-in 38-week template as the choice, and the five review outcomes', async () => {
    const { roles, templates, outcomes } = await school();
    expect(roles.list().map((r) => [r.name, r.hourlyRatePence])).toEqual([
      ['Teacher', null], ['Higher level teaching assistant', null], ['Teaching assistant', null], ['SENCO', null], ['External specialist', null],
    ]);
    expect(templates.list()).toEqual({
      chosenId: 'default-38-weeks',
      templates: [{ id: 'default-38-weeks', name: 'School default (38 weeks)', weeksPerYear: 38, ratesPerMinutePence: {}, capPerPupilPerProvisionPence: null, builtIn: true, archived: false }],
    });
    expect(outcomes.list().map((o) => [o.label, o.score])).toEqual([
      ['Exceeded the intended outcome', 2], ['Met the intended outcome', 1], ['Partly met the intended outcome', 0],
      ['Did not meet the intended outcome', -1], ['Went backwards', -2],
    ]);
  });
});

describe('the library and groups', () => {
  it('starts a group from the library with its figures, keeps them when the library changes, and saves a group back', async () => {
    const { library, groups } = await school();
    const entry = library.add(toeByToe);
    const started = groups.startFromLibrary({ provisionId: entry.id, startDate: '2026-09-07', endDate: '2026-12-18', room: 'Room 4', staff: [{ name: 'Sam Lee', roleId: null }] });
    const { group } = groups.get(started.id);
    expect(group).toMatchObject({
      provisionId: entry.id, name: 'Toe by Toe', area: 'cognition-learning', wave: 3, measure: { kind: 'reading-age' },
      sessionsPerWeek: 3, minutesPerSession: 20, weeks: 12, materialsPence: 2_500, licencePence: 0,
      staff: [{ name: 'Sam Lee', roleId: 'teaching-assistant' }], timetable: [], room: 'Room 4', version: 1,
    });

    library.change(entry.id, 1, { ...toeByToe, sessionsPerWeek: 5, materialsPence: 9_900 });
    expect(library.get(entry.id)).toMatchObject({ version: 2, sessionsPerWeek: 5, materialsPence: 9_900 });
    expect(groups.get(started.id).group).toMatchObject({ sessionsPerWeek: 3, materialsPence: 2_500 });

    groups.change(started.id, 1, { ...groupFields({ name: 'Toe by Toe (Year 5)', area: 'cognition-learning', wave: 3, measure: { kind: 'reading-age' } }), sessionsPerWeek: 4 });
    const back = library.saveGroupToLibrary(started.id);
    expect(library.get(back.id)).toMatchObject({
      name: 'Toe by Toe (Year 5)', description: 'Structured phonics, one to one.', evidence: 'EEF: phonics, +5 months', sessionsPerWeek: 4,
      minutesPerSession: 30, weeks: 10, materialsPence: 4_000, licencePence: 1_000, defaultRoleId: 'hlta', measure: { kind: 'reading-age' }, archived: false,
    });
    expect(library.list().map((e) => e.name)).toEqual(['Toe by Toe', 'Toe by Toe (Year 5)']);

    library.setArchived(entry.id, 2, true);
    expect(library.list().map((e) => e.name)).toEqual(['Toe by Toe (Year 5)']);
    expect(library.list(true)).toHaveLength(2);
    expect(() => groups.startFromLibrary({ provisionId: entry.id, startDate: '2027-01-04', endDate: null, room: '', staff: [] })).toThrow(
      'This provision was taken out of the library. Put it back before starting a group from it.',
    );
  });

  it('refuses a stale form and changes nothing', async () => {
    const { session, library } = await school();
    const entry = library.add(toeByToe);
    library.change(entry.id, 1, { ...toeByToe, weeks: 10 });
    const before = counts(session);
    expect(() => library.change(entry.id, 1, { ...toeByToe, weeks: 8 })).toThrow('This provision was changed since the form was opened.');
    expect(counts(session)).toEqual(before);
  });

  it('lists groups running on a date, overlapping a range, by area and wave, with how many pupils are in them', async () => {
    const { groups, members, ids } = await school();
    const autumn = groups.create(null, groupFields());
    const spring = groups.create(null, groupFields({ name: 'Spring reading', area: 'cognition-learning', wave: 3, startDate: '2027-01-04', endDate: '2027-03-26' }));
    const [, ben] = members.add(autumn.id, [{ pupilId: ids.ava, startDate: '2026-09-07', entry: null }, { pupilId: ids.ben, startDate: '2026-09-07', entry: null }]);
    members.end(ben!, 1, '2026-10-16');
    expect(groups.list({ runningOn: '2026-11-02' }).map((g) => [g.name, g.pupilsNow, g.pupilsEver])).toEqual([['Lego therapy (Year 5)', 1, 2]]);
    expect(groups.list({ from: '2026-12-01', to: '2027-01-10' }).map((g) => g.id)).toEqual([autumn.id, spring.id]);
    expect(groups.list({ area: 'cognition-learning' }).map((g) => g.id)).toEqual([spring.id]);
    expect(groups.list({ wave: 2 }).map((g) => g.id)).toEqual([autumn.id]);
  });
});

describe('membership history', () => {
  it('keeps every version with who and when, and the database refuses to rewrite or delete one', async () => {
    const { session, clock, groups, members, ids } = await school();
    const group = groups.create(null, groupFields({ measure: { kind: 'reading-age' } }));
    const [id] = members.add(group.id, [{ pupilId: ids.ava, startDate: '2026-09-14', entry: { score: 96, date: '2026-09-10' } }]);
    clock.advance(60_000);
    members.recordExit(id!, 1, { score: 104, date: '2026-12-14' });
    members.recordOutcome(id!, 2, 'met');
    members.evaluate(id!, 3, { decision: 'continue', reason: 'Still behind', date: '2026-12-15' });
    const versions = members.history(id!);
    expect(versions.map((v) => v.version)).toEqual([4, 3, 2, 1]);
    expect(versions[0]).toMatchObject({
      startDate: '2026-09-14', endDate: null, entry: { score: 96, date: '2026-09-10' }, exit: { score: 104, date: '2026-12-14' },
      reviewOutcomeId: 'met', evaluation: { decision: 'continue', reason: 'Still behind', date: '2026-12-15' },
      recorded: { at: '2026-11-29T09:01:00.000Z', by: session.current().user.id },
    });
    expect(versions[3]).toMatchObject({ exit: null, reviewOutcomeId: null, recorded: { at: '2026-11-29T09:00:00.000Z' } });

    const db = session.db();
    expect(() => db.prepare('UPDATE provision_membership_version SET exit_score = 120').run()).toThrow('Membership versions are kept');
    expect(() => db.prepare('DELETE FROM provision_membership_version').run()).toThrow('Membership versions are kept');
    expect(() => db.prepare('DELETE FROM provision_group_version').run()).toThrow('Group versions are kept');
    expect(() => db.prepare('UPDATE provision_group_staff SET name = ?').run('x')).toThrow('Group versions are kept');
    expect(() => db.prepare('DELETE FROM staff_role').run()).toThrow('Staff roles are never deleted');
    expect(count(session, 'provision_membership_version')).toBe(4);
    const actions = db.prepare("SELECT action FROM audit_log WHERE action LIKE 'provision.membership.%' ORDER BY seq").all() as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(['provision.membership.added', 'provision.membership.exit', 'provision.membership.outcome', 'provision.membership.evaluated']);
  });

  it('gives a pupil who leaves and re-joins a second membership, and their file lists both, newest first', async () => {
    const { groups, members, ids } = await school();
    const group = groups.create(null, groupFields());
    const [first] = members.add(group.id, [{ pupilId: ids.ava, startDate: '2026-09-07', entry: null }]);
    members.end(first!, 1, '2026-10-02');
    const [second] = members.add(group.id, [{ pupilId: ids.ava, startDate: '2026-11-02', entry: { score: 12, date: '2026-11-02' } }]);
    expect(second).not.toBe(first);
    expect(groups.get(group.id).memberships.map((m) => [m.pupilName, m.year, m.startDate, m.endDate])).toEqual([
      ['Avie Okonjo', '5', '2026-09-07', '2026-10-02'],
      ['Avie Okonjo', '5', '2026-11-02', null],
    ]);
    expect(members.pupilHistory(ids.ava)).toEqual([
      expect.objectContaining({ membershipId: second, groupName: 'Lego therapy (Year 5)', area: 'semh', wave: 2, startDate: '2026-11-02', endDate: '2026-12-18', entry: { score: 12, date: '2026-11-02' } }),
      expect.objectContaining({ membershipId: first, startDate: '2026-09-07', endDate: '2026-10-02', entry: null, outcome: null }),
    ]);
  });

  it('ends the open memberships with the group, on the same date', async () => {
    const { groups, members, ids } = await school();
    const group = groups.create(null, groupFields({ endDate: null }));
    const [ava, cara] = members.add(group.id, [{ pupilId: ids.ava, startDate: '2026-09-07', entry: null }, { pupilId: ids.cara, startDate: '2026-10-05', entry: null }]);
    members.end(ava!, 1, '2026-10-16');
    groups.end(group.id, 1, '2026-11-27');
    const detail = groups.get(group.id);
    expect(detail.group).toMatchObject({ endDate: '2026-11-27', version: 2 });
    expect(detail.memberships.map((m) => [m.id, m.endDate, m.version])).toEqual([[ava, '2026-10-16', 2], [cara, '2026-11-27', 2]]);
  });
});

describe("each pupil's own dates", () => {
  it('lets a pupil join late and leave early', async () => {
    const { groups, members, ids } = await school();
    const group = groups.create(null, groupFields());
    const [id] = members.add(group.id, [{ pupilId: ids.cara, startDate: '2026-10-05', entry: null }]);
    members.changeDates(id!, 1, '2026-10-12', '2026-11-20');
    expect(members.history(id!)[0]).toMatchObject({ startDate: '2026-10-12', endDate: '2026-11-20', version: 2 });
  });

  it.each<[string, (s: Awaited<ReturnType<typeof school>>, groupId: string, firstId: string) => unknown, string]>([
    ['before the group starts', (s, g) => s.members.add(g, [{ pupilId: s.ids.ava, startDate: '2026-09-01', entry: null }]), 'A pupil cannot join before the group starts (7 September 2026).'],
    ['after the group ends', (s, g) => s.members.add(g, [{ pupilId: s.ids.ava, startDate: '2027-01-04', entry: null }]), 'A pupil cannot join after the group ends (18 December 2026).'],
    ['staying after the group ends', (s, _g, m) => s.members.changeDates(m, 1, '2026-09-07', '2027-01-04'), 'A pupil cannot stay in the group after it ends (18 December 2026).'],
    ['leaving before joining', (s, _g, m) => s.members.end(m, 1, '2026-09-01'), 'The pupil must leave on or after the date they joined.'],
    ['overlapping their own place', (s, g) => s.members.add(g, [{ pupilId: s.ids.ava, startDate: '2026-10-05', entry: null }]), 'The pupil is already in this group from 7 September 2026 to 18 December 2026.'],
    ['a pupil who left before the start', (s, g) => s.members.add(g, [{ pupilId: s.ids.ben, startDate: '2026-11-02', entry: null }]), 'The pupil left the school on 31 October 2026'],
    ['a pupil not yet admitted', (s, g) => s.members.add(g, [{ pupilId: s.ids.cara, startDate: '2026-09-07', entry: null }]), 'The pupil was admitted to the school on 5 October 2026, after that start date.'],
    ['a pupil who does not exist', (s, g) => s.members.add(g, [{ pupilId: 'nobody', startDate: '2026-09-07', entry: null }]), 'there is no such pupil in this vault.'],
    ['the second of two pupils', (s, g) => s.members.add(g, [{ pupilId: s.ids.cara, startDate: '2026-10-05', entry: null }, { pupilId: s.ids.ben, startDate: '2026-11-02', entry: null }]), 'Pupil 2 of 2: The pupil left the school'],
    ['a score above the measure', (s, _g, m) => s.members.recordEntry(m, 1, { score: 29, date: '2026-09-07' }), 'The entry score on Engagement scale (0–28) must be a whole number from 0 to 28.'],
    ['a score that is not whole', (s, _g, m) => s.members.recordExit(m, 1, { score: 12.5, date: '2026-12-01' }), 'The exit score on Engagement scale (0–28) must be a whole number from 0 to 28.'],
    ['an exit before the entry', (s, _g, m) => { s.members.recordEntry(m, 1, { score: 10, date: '2026-09-10' }); return s.members.recordExit(m, 2, { score: 14, date: '2026-09-09' }); }, 'The exit assessment must be on or after the entry assessment.'],
    ['an outcome the school does not have', (s, _g, m) => s.members.recordOutcome(m, 1, 'brilliant'), "Choose the review outcome from the school's list."],
    ['a group start after a pupil joined', (s, g) => s.groups.change(g, 1, groupFields({ startDate: '2026-09-14' })), 'A pupil joined before 14 September 2026.'],
  ])('refuses %s with a clear message, and changes nothing', async (_what, act, message) => {
    const s = await school();
    const group = s.groups.create(null, groupFields());
    const [first] = s.members.add(group.id, [{ pupilId: s.ids.ava, startDate: '2026-09-07', entry: null }]);
    const before = counts(s.session);
    let error: unknown;
    try {
      act(s, group.id, first!);
    } catch (e) {
      error = e;
    }
    expect((error as Error | undefined)?.message).toContain(message);
    // An exit-before-entry case records its entry first: only that one version may be new.
    const after = counts(s.session);
    if (_what === 'an exit before the entry') {
      expect(after[4]).toBe(before[4]! + 1);
    } else {
      expect(after).toEqual(before);
    }
  });
});

describe('costs at the service level', () => {
  it('gives the SENCO the costs and pay, and every other reader nulls', async () => {
    const s = await school();
    s.roles.setHourlyRate('teaching-assistant', 1_450);
    const entry = s.library.add(toeByToe);
    const group = s.groups.create(entry.id, groupFields());
    s.members.add(group.id, [{ pupilId: s.ids.ava, startDate: '2026-09-07', entry: null }]);
    expect(s.groups.get(group.id).group).toMatchObject({ materialsPence: 4_000, licencePence: 1_000 });
    expect(schoolMapData(s.session.db(), { from: '2026-09-01', to: '2026-12-31', viewerIsSenco: true }).roles.find((r) => r.id === 'teaching-assistant')?.hourlyRatePence).toBe(1_450);

    for (const role of ['deputy-senco', 'headteacher'] as const) {
      await signInAs(s.session, role);
      expect(s.roles.list().find((r) => r.id === 'teaching-assistant')).toEqual({ id: 'teaching-assistant', name: 'Teaching assistant', hourlyRatePence: null, archived: false });
      expect(s.library.get(entry.id)).toMatchObject({ materialsPence: null, licencePence: null, name: 'Toe by Toe' });
      expect(s.library.list().every((e) => e.materialsPence === null && e.licencePence === null)).toBe(true);
      expect(s.groups.get(group.id).group).toMatchObject({ materialsPence: null, licencePence: null });
      expect(s.groups.list().every((g) => g.materialsPence === null && g.licencePence === null)).toBe(true);
      expect(() => s.templates.list()).toThrow(/This needs the SENCO role/);
      expect(() => s.roles.setHourlyRate('teaching-assistant', 2_000)).toThrow(/This needs the SENCO role/);
      s.session.lock('user');
      await unlock(s.session, PASSPHRASE, SENCO);
    }
  });

  it("keeps the SENCO's figures when a deputy changes an entry, and refuses a deputy's cost", async () => {
    const s = await school();
    const entry = s.library.add(toeByToe);
    await signInAs(s.session, 'deputy-senco');
    s.library.change(entry.id, 1, { ...toeByToe, materialsPence: null, licencePence: null, weeks: 10 });
    const before = counts(s.session);
    expect(() => s.library.change(entry.id, 2, { ...toeByToe, materialsPence: 0, licencePence: null })).toThrow('Only the SENCO may set materials and licence costs.');
    expect(counts(s.session)).toEqual(before);
    s.session.lock('user');
    await unlock(s.session, PASSPHRASE, SENCO);
    expect(s.library.get(entry.id)).toMatchObject({ version: 2, weeks: 10, materialsPence: 2_500, licencePence: 0 });
  });

  it('refuses a teacher even a read of the library', async () => {
    const s = await school();
    await signInAs(s.session, 'teacher');
    expect(() => s.library.list()).toThrow(/You are signed in as Teacher or TA/);
    expect(() => s.members.pupilHistory(s.ids.ava)).toThrow(/You are signed in as Teacher or TA/);
  });
});

describe('costing templates', () => {
  it('adds, changes and chooses a template, and refuses to archive the built-in or the chosen one', async () => {
    const { session, templates } = await school();
    const la = templates.add({ name: 'Oakfield LA 2026', weeksPerYear: 39, ratesPerMinutePence: { 'teaching-assistant': 31.25, teacher: 62.5 }, capPerPupilPerProvisionPence: 300_000 });
    expect(la).toMatchObject({ weeksPerYear: 39, ratesPerMinutePence: { 'teaching-assistant': 31.25, teacher: 62.5 }, builtIn: false });
    templates.change(la.id, { name: 'Oakfield LA 2026', weeksPerYear: 39, ratesPerMinutePence: { 'teaching-assistant': 33.33 }, capPerPupilPerProvisionPence: null });
    expect(templates.choose(la.id).chosenId).toBe(la.id);
    expect(schoolMapData(session.db(), { from: '2026-09-01', to: '2026-12-31', viewerIsSenco: true }).template).toEqual({
      id: la.id, name: 'Oakfield LA 2026', weeksPerYear: 39, ratesPerMinutePence: { 'teaching-assistant': 33.33 }, capPerPupilPerProvisionPence: null, builtIn: false,
    });
    expect(() => templates.setArchived(la.id, true)).toThrow("This is the school's costing template. Choose another before archiving it.");
    expect(() => templates.setArchived('default-38-weeks', true)).toThrow('The built-in costing template cannot be changed or archived.');
    expect(() => templates.add({ name: 'oakfield la 2026', weeksPerYear: 38, ratesPerMinutePence: {}, capPerPupilPerProvisionPence: null })).toThrow('There is already a costing template called');
    templates.choose('default-38-weeks');
    expect(templates.setArchived(la.id, true).archived).toBe(true);
  });
});

describe('map data', () => {
  it('gathers the school year of a range, every membership, and pupils with status and needs; a pupil map names only that pupil', async () => {
    const s = await school();
    const summer = s.groups.create(null, groupFields({ name: 'Summer', startDate: '2026-04-13', endDate: '2026-07-17' }));
    const autumn = s.groups.create(null, groupFields());
    const spring = s.groups.create(null, groupFields({ name: 'Spring', startDate: '2027-01-04', endDate: '2027-03-26' }));
    s.members.add(autumn.id, [{ pupilId: s.ids.ava, startDate: '2026-09-07', entry: null }, { pupilId: s.ids.ben, startDate: '2026-09-07', entry: null }]);
    s.members.add(spring.id, [{ pupilId: s.ids.cara, startDate: '2027-01-04', entry: null }]);

    const data = schoolMapData(s.session.db(), { from: '2026-09-01', to: '2026-12-31', viewerIsSenco: false });
    expect(data.schoolName).toBe('Oakfield Primary School');
    expect(data.groups.map((g) => g.id)).toEqual([autumn.id, spring.id]);
    expect(data.groups.map((g) => g.id)).not.toContain(summer.id);
    expect(data.groups.every((g) => g.materialsPence === null)).toBe(true);
    expect(data.memberships).toHaveLength(3);
    expect(data.pupils[s.ids.ava]).toEqual({ id: s.ids.ava, name: 'Avie Okonjo', year: '5', className: '5B', senStatus: null, needs: [] });
    expect(data.outcomes).toHaveLength(5);
    expect(data.template.id).toBe('default-38-weeks');

    const own = pupilMapData(s.session.db(), s.ids.ava, { viewerIsSenco: true });
    expect(own.groups.map((g) => g.id)).toEqual([autumn.id]);
    expect(own.memberships.map((m) => m.pupilId).sort()).toEqual([s.ids.ava, s.ids.ben].sort());
    expect(Object.keys(own.pupils)).toEqual([s.ids.ava]);

    const sheet = groupMapData(s.session.db(), autumn.id, { viewerIsSenco: true });
    expect(sheet.groups[0]).toMatchObject({ materialsPence: 4_000, timetable: [{ day: 'tue', start: '09:00', end: '09:30' }, { day: 'thu', start: '13:15', end: '13:45' }] });
    expect(Object.keys(sheet.pupils).sort()).toEqual([s.ids.ava, s.ids.ben].sort());
  });
});
