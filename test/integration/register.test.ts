import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, SENCO } from '../support/tempVault';
import { createInput, testBackends } from '../support/testBackend';

const start = testBackends();

const details = (legalForename: string, legalSurname: string, extra: Record<string, unknown> = {}) => ({
  upn: null, formerUpn: null, uln: null, legalSurname, legalForename, preferredSurname: null, preferredForename: null,
  dateOfBirth: '2016-03-14', sex: 'F', ncYear: '5', className: '5B', admissionDate: null, leavingDate: null,
  destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false, previouslyLookedAfter: false,
  medicalNotes: null, ...extra,
});
const decision = (provision: string, startDate: string) => ({
  provision, startDate, decisionDate: startDate, decidedBy: 'SENCO', consulted: ['parents'], parentsInformedOn: startDate, note: null,
});

async function schoolWithPupils() {
  const t = start();
  t.platform.setNow(new Date('2026-11-30T10:00:00Z'));
  await t.value('vault.create', createInput);
  const add = async (...args: Parameters<typeof details>) => (await t.value<{ pupilId: string }>('pupils.add', details(...args))).pupilId;
  const ava = await add('Ava', 'Okonjo', { eal: true });
  const leo = await add('Leo', 'Nowak', { ncYear: '6', className: '6A' });
  const kai = await add('Kai', 'Evans');
  await add('Mia', 'Left', { leavingDate: '2026-07-22', destinationSchool: 'Oakfield Academy' });
  await t.value('sen.changeStatus', { pupilId: ava, decision: decision('K', '2025-09-10') });
  await t.value('sen.setNeeds', { pupilId: ava, fromDate: '2025-09-10', needs: [{ type: 'SEMH', rank: 1 }, { type: 'SLCN', rank: 2 }] });
  await t.value('sen.changeStatus', { pupilId: leo, decision: decision('E', '2024-05-01') });
  await t.value('sen.setNeeds', { pupilId: leo, fromDate: '2024-05-01', needs: [{ type: 'ASD', rank: 1 }] });
  await t.value('monitoring.add', { pupilId: kai, concern: { reason: 'Spelling', addedOn: '2026-10-01', raisedBy: 'Class teacher', reviewOn: null } });
  return { ...t, ava, leo, kai };
}

type Listed = { rows: { legalForename: string }[]; counts: { total: number; byNeed: Record<string, number>; byArea: Record<string, number> } };
const names = (listed: Listed) => listed.rows.map((r) => r.legalForename);

describe('the register through the dispatcher', () => {
  it('lists pupils on roll with their status, needs and monitoring, filters and counts them, and hides leavers', async () => {
    const t = await schoolWithPupils();
    expect(names(await t.value<Listed>('register.list', {}))).toEqual(['Kai', 'Leo', 'Ava']);
    expect(names(await t.value<Listed>('register.list', { includeLeavers: true }))).toEqual(['Kai', 'Mia', 'Leo', 'Ava']);
    const onRegister = await t.value<Listed>('register.list', { status: 'register' });
    expect(names(onRegister)).toEqual(['Leo', 'Ava']);
    expect(onRegister.counts).toMatchObject({ total: 2, byNeed: { ASD: 1, SEMH: 1 }, byArea: { 'communication-interaction': 1, semh: 1 } });
    expect(names(await t.value<Listed>('register.list', { area: 'communication-interaction' }))).toEqual(['Leo', 'Ava']);
    expect(names(await t.value<Listed>('register.list', { status: 'monitoring' }))).toEqual(['Kai']);
    expect(names(await t.value<Listed>('register.list', { eal: true, search: 'OKON' }))).toEqual(['Ava']);
    expect(await t.call('register.list', { need: 'ADHD' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('need') } });
  });

  it('is never stale: a change here, an import saved by its worker, or a new day shows at once', async () => {
    const t = await schoolWithPupils();
    expect(names(await t.value<Listed>('register.list', { status: 'register' }))).toEqual(['Leo', 'Ava']);
    const { provision: _k, ...support } = decision('K', '2026-11-30');
    await t.value('monitoring.moveToSenSupport', { pupilId: t.kai, decision: support });
    expect(names(await t.value<Listed>('register.list', { status: 'register' }))).toEqual(['Kai', 'Leo', 'Ava']);

    // The import worker writes through a connection of its own.
    const file = join(t.dir, 'roll.csv');
    writeFileSync(file, 'UPN,Surname,Forename,DOB,Year\r\nR201100018042,Zephyr,Zoe,2016-05-01,5\r\n');
    t.platform.queueOpenPath(file);
    const chosen = await t.value<{ importId: string; mapping: Record<string, number | null> }>('imports.chooseCsv');
    await t.value('imports.commitCsv', { importId: chosen.importId, mapping: chosen.mapping, leavers: null });
    expect(names(await t.value<Listed>('register.list', {}))).toEqual(['Kai', 'Leo', 'Ava', 'Zoe']);

    // Leo leaves at the end of term: the next day he is no longer on roll.
    const leo = await t.value<{ pupil: Record<string, unknown> }>('pupils.get', { pupilId: t.leo });
    const { id: _id, revision, createdAt: _c, updatedAt: _u, ...leoDetails } = leo.pupil;
    await t.value('pupils.update', { pupilId: t.leo, revision, details: { ...leoDetails, leavingDate: '2026-12-18' } });
    expect(names(await t.value<Listed>('register.list', {}))).toContain('Leo');
    t.platform.setNow(new Date('2026-12-19T10:00:00Z'));
    expect(names(await t.value<Listed>('register.list', {}))).toEqual(['Kai', 'Ava', 'Zoe']);
  });

  it('shows the pupil file with its chronology, and the read is in the audit log', async () => {
    const t = await schoolWithPupils();
    await t.value('sen.changeStatus', { pupilId: t.ava, decision: decision('E', '2026-06-01') });
    const file = await t.value<{ senStatuses: { provision: string; endDate: string | null }[] }>('pupils.get', { pupilId: t.ava });
    expect(file.senStatuses.map((s) => [s.provision, s.endDate])).toEqual([
      ['K', '2026-06-01'],
      ['E', null],
    ]);
    const reads = t.backend.session.db().prepare("SELECT subject FROM audit_log WHERE action = 'pupil.read'").all();
    expect(reads).toEqual([{ subject: t.ava }]);
  });

  it('lets the headteacher and read-only staff read, but only the SENCO and deputy change; teachers wait for named pupils', async () => {
    const t = await schoolWithPupils();
    const pass = 'velvet compass orchard raven';
    for (const [name, role] of [['Head Teacher', 'headteacher'], ['Rae Only', 'read-only'], ['Tia Teacher', 'teacher']] as const) {
      await t.value('accounts.add', { name, role, passphrase: pass, passphraseConfirm: pass });
    }
    const as = async (name: string) => {
      await t.value('vault.lock');
      await t.value('vault.unlock', { name, passphrase: pass });
    };
    await as('Rae Only');
    expect(names(await t.value<Listed>('register.list', {}))).toHaveLength(3);
    expect(await t.call('pupils.get', { pupilId: t.ava })).toMatchObject({ ok: true });
    expect(await t.call('sen.changeStatus', { pupilId: t.kai, decision: decision('K', '2026-12-01') })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_ROLE', message: expect.stringContaining('SENCO or Deputy SENCO') },
    });
    await as('Tia Teacher');
    expect(await t.call('register.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: SENCO, passphrase: PASSPHRASE });
    const file = await t.value<{ senStatuses: unknown[] }>('pupils.get', { pupilId: t.kai });
    expect(file.senStatuses).toEqual([]);
  });
});

describe('census readiness', () => {
  it('lists, for the next census day, each pupil who would fail a census rule, with the fix', async () => {
    const t = await schoolWithPupils();
    // Ava: UPN fine, K with needs. Leo: E with ASD, no UPN. Kai: monitoring, wrong check letter.
    const ava = await t.value<{ pupil: Record<string, unknown> }>('pupils.get', { pupilId: t.ava });
    const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, ...avaDetails } = ava.pupil;
    await t.value('pupils.update', { pupilId: t.ava, revision: 1, details: { ...avaDetails, upn: 'R201100018042' } });
    const kai = await t.value<{ pupil: Record<string, unknown> }>('pupils.get', { pupilId: t.kai });
    const { id: _i, revision: _v, createdAt: _a, updatedAt: _b, ...kaiDetails } = kai.pupil;
    await t.value('pupils.update', { pupilId: t.kai, revision: 1, details: { ...kaiDetails, upn: 'T201100018042' } });

    const report = await t.value<{ census: { term: string; date: string }; pupilsChecked: number; pupils: { name: string; problems: { code: string; fix: string }[] }[] }>('census.readiness');
    expect(report.census).toEqual({ term: 'spring', date: '2027-01-21' });
    expect(report.pupilsChecked).toBe(3);
    expect(report.pupils.map((p) => [p.name, p.problems.map((x) => x.code)])).toEqual([
      ['Kai Evans', ['1510']],
      ['Leo Nowak', ['1500']],
    ]);
    expect(report.pupils[1]?.problems[0]?.fix).toContain('MIS');
  });
});
