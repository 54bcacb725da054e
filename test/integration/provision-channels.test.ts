import { describe, expect, it } from 'vitest';
import { PASSPHRASE, SENCO } from '../support/tempVault';
import { createInput, type TestBackend, testBackends } from '../support/testBackend';

const start = testBackends();

const pupil = {
  upn: null, formerUpn: null, uln: null, legalSurname: 'Nowak', legalForename: 'Leo', preferredSurname: null,
  preferredForename: null, dateOfBirth: '2016-03-14', sex: 'M', ncYear: '5', className: '5B', admissionDate: null,
  leavingDate: null, destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false,
  previouslyLookedAfter: false, medicalNotes: null,
};
const entry = {
  name: 'Precision teaching', description: 'Daily fluency practice.', evidence: 'EEF: +3 months', area: 'cognition-learning', wave: 2,
  defaultRoleId: 'teaching-assistant', groupSize: 3, sessionsPerWeek: 5, minutesPerSession: 10, weeks: 10, materialsPence: 1_200,
  licencePence: 0, intendedOutcome: 'Reads 40 more words a minute', measure: { kind: 'custom', customName: 'Words read a minute' },
};

type Saved = { id: string; version: number };
const pass = 'marble pigeon saucer glacier';

async function signInAs(t: TestBackend, name: string) {
  await t.value('vault.lock');
  await t.value('vault.unlock', { name, passphrase: pass });
}

async function schoolWithGroup() {
  const t = start();
  await t.value('vault.create', createInput);
  const { pupilId } = await t.value<{ pupilId: string }>('pupils.add', pupil);
  const provision = await t.value<Saved>('provision.addEntry', { entry });
  const group = await t.value<Saved>('provision.startGroup', {
    provisionId: provision.id, startDate: '2026-09-07', endDate: '2026-12-18', room: 'Room 2', staff: [{ name: 'Sam Lee', roleId: null }],
  });
  for (const [name, role] of [['Dee Puty', 'deputy-senco'], ['Hana Head', 'headteacher'], ['Tom Teach', 'teacher']]) {
    await t.value('accounts.add', { name, role, passphrase: pass, passphraseConfirm: pass });
  }
  return { ...t, pupilId, provisionId: provision.id, groupId: group.id };
}

describe('the provision channels', () => {
  it('runs a provision from the library to a pupil file: start, add a pupil with an entry score, record the exit and outcome', async () => {
    const t = await schoolWithGroup();
    const { membershipIds } = await t.value<{ membershipIds: string[] }>('provision.addMembers', {
      groupId: t.groupId, pupils: [{ pupilId: t.pupilId, startDate: '2026-09-14', entry: { score: 22, date: '2026-09-14' } }],
    });
    const [membershipId] = membershipIds;
    await t.value('provision.recordExitScore', { membershipId, version: 1, score: { score: 61, date: '2026-12-14' } });
    await t.value('provision.recordReviewOutcome', { membershipId, version: 2, reviewOutcomeId: 'exceeded' });
    const history = await t.value<unknown[]>('provision.pupilHistory', { pupilId: t.pupilId });
    expect(history).toEqual([
      {
        membershipId, groupId: t.groupId, groupName: 'Precision teaching', area: 'cognition-learning', wave: 2, startDate: '2026-09-14', endDate: '2026-12-18',
        entry: { score: 22, date: '2026-09-14' }, exit: { score: 61, date: '2026-12-14' }, measure: { kind: 'custom', customName: 'Words read a minute' },
        outcome: { id: 'exceeded', label: 'Exceeded the intended outcome', score: 2 }, evaluation: null,
      },
    ]);
    const detail = await t.value<{ group: Record<string, unknown>; memberships: Record<string, unknown>[] }>('provision.getGroup', { groupId: t.groupId });
    expect(detail.group).toMatchObject({ staff: [{ name: 'Sam Lee', roleId: 'teaching-assistant' }], materialsPence: 1_200, version: 1 });
    expect(detail.memberships).toEqual([expect.objectContaining({ pupilName: 'Leo Nowak', year: '5', version: 3 })]);
    expect(await t.value<unknown[]>('provision.membershipHistory', { membershipId })).toHaveLength(3);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['provision.addEntry', 'Name the measure of your own, for example "Boxall profile".', { entry: { ...entry, measure: { kind: 'custom' } } }],
    ['provision.addEntry', 'Only a measure of your own takes a name.', { entry: { ...entry, measure: { kind: 'reading-age', customName: 'x' } } }],
    ['provision.addEntry', 'Choose wave 1, 2 or 3.', { entry: { ...entry, wave: 4 } }],
    ['provision.addEntry', 'Give the minutes a session as a number from 1 to 480.', { entry: { ...entry, minutesPerSession: 0 } }],
    ['provision.addEntry', 'Give the materials cost in pence as a whole number', { entry: { ...entry, materialsPence: 12.5 } }],
    ['provision.addEntry', 'Enter the name of the provision.', { entry: { ...entry, name: ' ' } }],
    ['costing.addTemplate', 'Give the weeks a year as a number from 1 to 52.', { template: { name: 'LA', weeksPerYear: 53, ratesPerMinutePence: {}, capPerPupilPerProvisionPence: null } }],
    ['costing.addTemplate', 'Give the rate a minute to at most two decimal places of a penny.', { template: { name: 'LA', weeksPerYear: 39, ratesPerMinutePence: { teacher: 31.255 }, capPerPupilPerProvisionPence: null } }],
  ])('%s refuses bad input, saying "%s", and changes nothing', async (channel, message, payload) => {
    const t = start();
    await t.value('vault.create', createInput);
    const result = await t.call(channel, payload);
    expect(result.error?.code).toBe('INVALID_INPUT');
    expect(result.error?.message).toContain(message);
    expect(await t.value('provision.listLibrary', {})).toEqual([]);
    expect((await t.value<{ templates: unknown[] }>('costing.listTemplates')).templates).toHaveLength(1);
  });

  it('refuses a membership outside the group through the dispatcher, with the service message, and records nothing', async () => {
    const t = await schoolWithGroup();
    const result = await t.call('provision.addMembers', { groupId: t.groupId, pupils: [{ pupilId: t.pupilId, startDate: '2027-01-04', entry: null }] });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'A pupil cannot join after the group ends (18 December 2026).' } });
    expect((await t.value<{ memberships: unknown[] }>('provision.getGroup', { groupId: t.groupId })).memberships).toEqual([]);
  });

  it('hides pay and costs from the deputy and the headteacher, and refuses them the costing channels', async () => {
    const t = await schoolWithGroup();
    await t.value('costing.setHourlyRate', { roleId: 'teaching-assistant', hourlyRatePence: 1_450 });
    for (const name of ['Dee Puty', 'Hana Head']) {
      await signInAs(t, name);
      const roles = await t.value<{ id: string; hourlyRatePence: number | null }[]>('costing.listRoles', {});
      expect(roles.find((r) => r.id === 'teaching-assistant')?.hourlyRatePence).toBeNull();
      expect(await t.value('provision.getEntry', { provisionId: t.provisionId })).toMatchObject({ materialsPence: null, licencePence: null });
      expect((await t.value<{ group: unknown }>('provision.getGroup', { groupId: t.groupId })).group).toMatchObject({ materialsPence: null, licencePence: null });
      for (const [channel, payload] of [
        ['costing.listTemplates', undefined],
        ['costing.setHourlyRate', { roleId: 'teaching-assistant', hourlyRatePence: 2_000 }],
        ['costing.chooseTemplate', { templateId: 'default-38-weeks' }],
      ] as const) {
        const refused = await t.call(channel, payload);
        expect(refused.error?.code).toBe('FORBIDDEN_ROLE');
        expect(refused.error?.message).toContain('This needs the SENCO role.');
      }
    }
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: SENCO, passphrase: PASSPHRASE });
    const roles = await t.value<{ id: string; hourlyRatePence: number | null }[]>('costing.listRoles', {});
    expect(roles.find((r) => r.id === 'teaching-assistant')?.hourlyRatePence).toBe(1_450);
  });

  it('lets the deputy keep groups and outcomes, the headteacher only read, and refuses a teacher', async () => {
    const t = await schoolWithGroup();
    await signInAs(t, 'Dee Puty');
    const outcome = await t.value<{ id: string }>('provision.addOutcome', { label: 'Made some progress', score: 1 });
    expect(await t.value('provision.changeOutcome', { outcomeId: outcome.id, label: 'Made good progress', score: 1 })).toMatchObject({ label: 'Made good progress' });
    expect(await t.value('provision.evaluateGroup', { groupId: t.groupId, version: 1, evaluation: { decision: 'change', reason: 'Too big a group', date: '2026-12-18' } })).toEqual({ id: t.groupId, version: 2 });

    await signInAs(t, 'Hana Head');
    expect(await t.value<unknown[]>('provision.listGroups', {})).toHaveLength(1);
    expect((await t.call('provision.endGroup', { groupId: t.groupId, version: 2, endDate: '2026-12-18' })).error?.code).toBe('FORBIDDEN_ROLE');

    await signInAs(t, 'Tom Teach');
    for (const [channel, payload] of [['provision.listLibrary', {}], ['provision.pupilHistory', { pupilId: t.pupilId }], ['provision.getGroup', { groupId: t.groupId }]] as const) {
      expect((await t.call(channel, payload)).error?.code).toBe('FORBIDDEN_ROLE');
    }
    expect(await t.value<unknown[]>('provision.listOutcomes', {})).toHaveLength(6);
  });
});
