import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pupilRevisions } from '../../electron/db/repositories/pupils';
import { registerRows } from '../../electron/db/repositories/register';
import { senStatusHistory } from '../../electron/db/repositories/senHistory';
import { PupilFilesService } from '../../electron/services/pupilFiles';
import { PupilImportService } from '../../electron/services/pupilImport';
import { verifyAuditLog } from '../../electron/services/auditVerify';
import { SenStatusService } from '../../electron/services/senStatus';
import { TestPlatform } from '../support/testPlatform';
import { createInput, testBackends } from '../support/testBackend';
import { createVault, tempDirs } from '../support/tempVault';

const fresh = tempDirs();
const header = 'UPN,Legal Surname,Legal Forename,DOB,Gender,Year,Reg,FSM Eligible';
const ava = 'R201100018042,Okonjo,Ava,14/03/2016,F,Year 5,5B,Y';
const leo = 'T20110001804V,Nowak,Leo,09/01/2018,M,Year 3,3A,N';

async function school() {
  const dir = fresh();
  const session = await createVault(dir);
  const platform = new TestPlatform({ dataDir: dir });
  const imports = new PupilImportService(session, platform.dialogs, platform.settings);
  const choose = async (lines: string[]) => {
    const path = join(dir, `export-${Math.random()}.csv`);
    writeFileSync(path, lines.join('\r\n'));
    platform.queueOpenPath(path);
    const chosen = await imports.chooseCsv();
    if (!chosen) throw new Error('cancelled');
    return chosen;
  };
  const roll = () => registerRows(session.db(), '2026-11-29', true).map((p) => `${p.legalForename} ${p.legalSurname}${p.leavingDate ? ' (left)' : ''}`);
  return { session, imports, choose, roll, platform };
}

describe('importing pupils from a CSV export', () => {
  it('previews without writing, then imports every row in one step when confirmed', async () => {
    const { imports, choose, roll } = await school();
    const file = await choose([header, ava, leo]);
    expect(file).toMatchObject({ rowCount: 2, mapping: { upn: 0, legalSurname: 1, ncYear: 5, className: 6, fsm: 7 } });
    const preview = await imports.preview(file.importId, file.mapping, false);
    expect(preview.summary).toEqual({ new: 2, updated: 0, blocked: 0 });
    expect(roll()).toEqual([]);
    expect(await imports.commit(file.importId, file.mapping, null)).toEqual({ added: 2, updated: 0, leavers: 0 });
    expect(roll()).toEqual(['Leo Nowak', 'Ava Okonjo']);
  });

  it('imports nothing while any row needs fixing, and says which lines', async () => {
    const { imports, choose, roll } = await school();
    const file = await choose([header, ava, 'R201100018042,Okonjo,Ava,14/03/2016,F,5,5B,N', ',Evans,,31/02/2017,F,4,4A,N']);
    expect((await imports.preview(file.importId, file.mapping, false)).summary.blocked).toBe(2);
    await expect(imports.commit(file.importId, file.mapping, null)).rejects.toThrow(/Nothing was imported: 2 row\(s\) need fixing first \(line 3, 4\)/);
    expect(roll()).toEqual([]);
  });

  it('on re-import updates pupils matched by UPN, never what the SENCO owns, and offers the missing ones as leavers', async () => {
    const { session, imports, choose, roll } = await school();
    const first = await choose([header, ava, leo]);
    await imports.commit(first.importId, first.mapping, null);
    const avaId = registerRows(session.db(), '2026-11-29', false).find((p) => p.legalForename === 'Ava')?.id ?? '';
    const files = new PupilFilesService(session);
    const current = files.read(avaId).pupil;
    const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...details } = current;
    files.update(avaId, { ...details, medicalNotes: 'Asthma: inhaler in class', preferredForename: 'Ava-Rose' });
    new SenStatusService(session).changeStatus(avaId, {
      provision: 'K', startDate: '2025-09-10', decisionDate: '2025-09-10', decidedBy: 'SENCO', consulted: [], parentsInformedOn: null, note: null,
    });

    const again = await choose([header, 'R201100018042,Okonjo,Ava,14/03/2016,F,Year 6,6B,Y']);
    const preview = await imports.preview(again.importId, again.mapping, true);
    expect(preview.summary).toEqual({ new: 0, updated: 1, blocked: 0 });
    expect(preview.leavers.map((l) => l.name)).toEqual(['Leo Nowak']);
    const leoId = preview.leavers[0]?.pupilId ?? '';
    expect(await imports.commit(again.importId, again.mapping, { pupilIds: [leoId], leavingDate: '2026-07-22' })).toEqual({ added: 0, updated: 1, leavers: 1 });

    expect(roll()).toEqual(['Leo Nowak (left)', 'Ava Okonjo']);
    const after = files.read(avaId);
    expect(after.pupil).toMatchObject({ ncYear: '6', className: '6B', medicalNotes: 'Asthma: inhaler in class', preferredForename: 'Ava-Rose' });
    expect(senStatusHistory(session.db(), avaId).map((s) => s.provision)).toEqual(['K']);
    expect(pupilRevisions(session.db(), avaId).map((r) => [r.revision, r.recorded.source, r.details.ncYear])).toEqual([
      [1, 'csv', '5'],
      [2, 'manual', '5'],
      [3, 'csv', '6'],
    ]);
  });

  it('refuses a file that is not CSV with the line and reason, and forgets open files when the vault locks', async () => {
    const { session, imports, choose } = await school();
    await expect(choose([header, 'R201100018042,"Okonjo,Ava'])).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Line 2') });
    const file = await choose([header, ava]);
    session.lock('user');
    await expect(imports.preview(file.importId, file.mapping, false)).rejects.toThrow();
  });
});

describe('correcting and leaving out rows before importing', () => {
  const kai = ',Evans,Kai,31/02/2017,M,Year Five,4A,N';
  const mia = 'A201100018042,Patel,Mia,01/05/2016,F,Y5,5B,N';

  it('applies corrections to the file held in memory, never to the file on disk', async () => {
    const { imports, choose, roll } = await school();
    const file = await choose([header, ava, kai]);
    const before = await imports.preview(file.importId, file.mapping, false);
    expect(before.rows[1]?.problems.map((p) => [p.field, p.code ?? null, p.text])).toEqual([
      ['dateOfBirth', null, '31/02/2017'],
      ['ncYear', null, 'Year Five'],
      ['upn', '1500', ''],
    ]);
    const fixes = [
      { line: 3, field: 'dateOfBirth' as const, value: '28/02/2017' },
      { line: 3, field: 'ncYear' as const, value: 'Y4' },
    ];
    const after = await imports.preview(file.importId, file.mapping, false, fixes);
    expect(after.rows[1]).toMatchObject({ pupil: { dateOfBirth: '2017-02-28', ncYear: '4' }, problems: [{ code: '1500' }] });
    expect(after.summary).toEqual({ new: 2, updated: 0, blocked: 0 });
    // Without the corrections the file is as it was: they live only in the calls that carry them.
    expect((await imports.preview(file.importId, file.mapping, false)).summary.blocked).toBe(1);
    expect(await imports.commit(file.importId, file.mapping, null, fixes)).toEqual({ added: 2, updated: 0, leavers: 0 });
    expect(roll()).toEqual(['Kai Evans', 'Ava Okonjo']);
  });

  it('refuses a correction for a line the file does not have or a field with no column', async () => {
    const { imports, choose } = await school();
    const file = await choose([header, ava]);
    await expect(imports.preview(file.importId, file.mapping, false, [{ line: 9, field: 'ncYear', value: '5' }])).rejects.toThrow(/no row on line 9/);
    await expect(imports.preview(file.importId, file.mapping, false, [{ line: 2, field: 'eal', value: 'Y' }])).rejects.toThrow(/Match a column to the EAL/);
  });

  it('imports without the rows the SENCO left out, and refuses a blocked row that was not left out', async () => {
    const { imports, choose, roll } = await school();
    const file = await choose([header, ava, kai, mia, 'R201100018042,Okonjo,Ava,14/03/2016,F,5,5B,N']);
    expect((await imports.preview(file.importId, file.mapping, false)).summary).toEqual({ new: 4, updated: 0, blocked: 2 });
    await expect(imports.commit(file.importId, file.mapping, null, [], [3])).rejects.toThrow(/Nothing was imported: 1 row\(s\) need fixing first \(line 5\)/);
    await expect(imports.commit(file.importId, file.mapping, null, [], [3, 5, 40])).rejects.toThrow(/no row on line 40/);
    expect(roll()).toEqual([]);
    // A row may be left out even when it has no problem; what is written is what was confirmed.
    expect(await imports.commit(file.importId, file.mapping, null, [], [3, 4, 5])).toEqual({ added: 1, updated: 0, leavers: 0 });
    expect(roll()).toEqual(['Ava Okonjo']);
  });

  it('marks only pupils missing from a full roll as left, and refuses any other', async () => {
    const { session, imports, choose, roll } = await school();
    const first = await choose([header, ava, leo]);
    await imports.commit(first.importId, first.mapping, null);
    const again = await choose([header, ava]);
    const avaId = registerRows(session.db(), '2026-11-29', false).find((p) => p.legalForename === 'Ava')?.id ?? '';
    await expect(imports.commit(again.importId, again.mapping, { pupilIds: [avaId], leavingDate: '2026-07-22' })).rejects.toThrow(/marked as left is in this file/);
    const [leoLeaver] = (await imports.preview(again.importId, again.mapping, true)).leavers;
    expect(await imports.commit(again.importId, again.mapping, { pupilIds: [leoLeaver?.pupilId ?? ''], leavingDate: '2026-07-22' })).toMatchObject({ leavers: 1 });
    expect(roll()).toEqual(['Leo Nowak (left)', 'Ava Okonjo']);
  });

  it('writes nothing when the commit fails part way through in the worker, and the audit chain stays whole', async () => {
    const { session, imports, choose, roll } = await school();
    const file = await choose([header, ava, leo, mia]);
    const auditRows = () => (session.db().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const audited = auditRows();
    // In the schema, not TEMP, so the worker's own connection meets it: the third insert fails after two were written.
    session.db().exec("CREATE TRIGGER fail_third BEFORE INSERT ON pupil WHEN NEW.legal_surname = 'Patel' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    await expect(imports.commit(file.importId, file.mapping, null)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^Nothing was imported: .*disk full/) });
    session.db().exec('DROP TRIGGER fail_third');
    expect(roll()).toEqual([]);
    expect(auditRows()).toBe(audited);
    expect(session.busy()).toBeNull();
  });

  it('saves in a worker with its own connection, reporting progress, while main refuses other calls and can still read', async () => {
    const dir = fresh();
    const session = await createVault(dir);
    const platform = new TestPlatform({ dataDir: dir });
    const progress: [number, number][] = [];
    const imports = new PupilImportService(session, platform.dialogs, platform.settings, { onProgress: (done, total) => progress.push([done, total]) });
    const lines = [header];
    for (let i = 0; i < 120; i++) lines.push(`,Pupil,Number${String(i).padStart(3, '0')},14/03/2016,F,5,5B,N`);
    const path = join(dir, 'many.csv');
    writeFileSync(path, lines.join('\n'));
    platform.queueOpenPath(path);
    const file = await imports.chooseCsv();
    if (!file) throw new Error('cancelled');
    const saving = imports.commit(file.importId, file.mapping, null);
    // Once the rows are checked the commit hands over to the worker: main is busy for everything else,
    // and its own reads still work (WAL), seeing nothing of the import until it commits.
    await vi.waitFor(() => expect(session.busy()).toMatch(/saving an import/), { interval: 1 });
    expect(registerRows(session.db(), '2026-11-29', true)).toEqual([]);
    expect(await saving).toEqual({ added: 120, updated: 0, leavers: 0 });
    expect(session.busy()).toBeNull();
    expect(progress).toEqual([[25, 120], [50, 120], [75, 120], [100, 120], [120, 120]]);
    expect(registerRows(session.db(), '2026-11-29', true)).toHaveLength(120);
    // The worker's audit rows link on from main's, and main's next row links on from the worker's.
    session.db().transaction(() => session.audit({ action: 'test.after-import' }))();
    expect(await verifyAuditLog(session.db())).toMatchObject({ intact: true });
  });

  it('locks only once the worker has saved, when a lock is asked for meanwhile', async () => {
    const { session, imports, choose } = await school();
    const file = await choose([header, ava, leo]);
    const saving = imports.commit(file.importId, file.mapping, null);
    await vi.waitFor(() => expect(session.busy()).not.toBeNull(), { interval: 1 });
    session.lock('idle');
    expect(session.isUnlocked()).toBe(true);
    expect(await saving).toMatchObject({ added: 2 });
    expect(session.isUnlocked()).toBe(false);
  });

  it('remembers the mapping confirmed for a header row, for the next export with the same headers', async () => {
    const { imports, choose, platform } = await school();
    const odd = 'Pupil ID,Family,Given,Born,Gender,NCY';
    const first = await choose([odd, 'R201100018042,Okonjo,Ava,14/03/2016,F,5']);
    expect(first).toMatchObject({ mappingFrom: 'header-names', mapping: { upn: null, legalSurname: null, sex: 4 }, samples: [['R201100018042', 'Okonjo', 'Ava', '14/03/2016', 'F', '5']] });
    const mapping = { ...first.mapping, upn: 0, legalSurname: 1, legalForename: 2, dateOfBirth: 3, ncYear: 5 };
    await imports.commit(first.importId, mapping, null);
    const second = await choose([odd, 'T20110001804V,Nowak,Leo,09/01/2018,M,3']);
    expect(second).toMatchObject({ mappingFrom: 'remembered', mapping });
    // The settings file is not encrypted: it holds a digest of the header row and column numbers, nothing else.
    expect(JSON.stringify(platform.settings.get('importMappings'))).not.toMatch(/Family|Given|Born/);
  });

  it('remembers nothing for a file without a header row, whose first row is a pupil', async () => {
    const { imports, choose, platform } = await school();
    const file = await choose([ava, leo]);
    await imports.commit(file.importId, { ...file.mapping, upn: 0, legalSurname: 1, legalForename: 2, dateOfBirth: 3 }, null);
    expect(platform.settings.get('importMappings')).toBeUndefined();
  });
});

describe('importing through the dispatcher', () => {
  const start = testBackends();

  it('chooses, previews and commits a CSV; refuses a bad mapping; a cancelled dialog is null', async () => {
    const t = start();
    await t.value('vault.create', createInput);
    const path = join(t.dir, 'sims-export.csv');
    writeFileSync(path, [header, ava, leo].join('\n'));
    t.platform.queueOpenPath(path);
    const chosen = await t.value<{ importId: string; fileName: string; mapping: Record<string, number | null> }>('imports.chooseCsv');
    expect(chosen.fileName).toBe('sims-export.csv');
    expect(await t.value('imports.previewCsv', { importId: chosen.importId, mapping: chosen.mapping, fullRoll: false })).toMatchObject({
      summary: { new: 2, updated: 0, blocked: 0 },
    });
    expect(await t.call('imports.previewCsv', { importId: chosen.importId, mapping: { upn: 0 }, fullRoll: false })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    // Corrections and rows left out are bounded and checked before main looks at them.
    const tooMany = Array.from({ length: 5_001 }, () => ({ line: 2, field: 'ncYear', value: '5' }));
    expect(await t.call('imports.previewCsv', { importId: chosen.importId, mapping: chosen.mapping, fullRoll: false, fixes: tooMany })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('At most 5,000 corrections') },
    });
    expect(await t.call('imports.previewCsv', { importId: chosen.importId, mapping: chosen.mapping, fullRoll: false, fixes: [{ line: 2, field: 'senStatus', value: 'K' }] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('A correction must name a field the import fills') },
    });
    expect(await t.call('imports.commitCsv', { importId: chosen.importId, mapping: chosen.mapping, leavers: null, leftOut: ['2'] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await t.value('imports.commitCsv', { importId: chosen.importId, mapping: chosen.mapping, leavers: null })).toEqual({ added: 2, updated: 0, leavers: 0 });
    t.platform.queueOpenPath(null);
    expect(await t.value('imports.chooseCsv')).toBeNull();
  });

  it('pushes progress to the window and refuses other calls, naming why, while the worker saves', async () => {
    const t = start();
    await t.value('vault.create', createInput);
    const events: unknown[] = [];
    t.backend.onEvent((event, payload) => events.push([event, payload]));
    const lines = [header];
    for (let i = 0; i < 30; i++) lines.push(`,Pupil,Number${i},14/03/2016,F,5,5B,N`);
    writeFileSync(join(t.dir, 'roll.csv'), lines.join('\n'));
    t.platform.queueOpenPath(join(t.dir, 'roll.csv'));
    const chosen = await t.value<{ importId: string; mapping: Record<string, number | null> }>('imports.chooseCsv');
    const saving = t.value('imports.commitCsv', { importId: chosen.importId, mapping: chosen.mapping, leavers: null, fixes: [], leftOut: [] });
    await vi.waitFor(() => expect(t.backend.session.busy()).not.toBeNull(), { interval: 1 });
    expect(await t.call('register.list', {})).toMatchObject({ ok: false, error: { code: 'BUSY', message: expect.stringContaining('saving an import') } });
    expect(await saving).toEqual({ added: 30, updated: 0, leavers: 0 });
    expect(events).toEqual([
      ['importProgress', { done: 25, total: 30, message: 'Saved 25 of 30 pupils.' }],
      ['importProgress', { done: 30, total: 30, message: 'Saved 30 of 30 pupils.' }],
    ]);
    expect(await t.value('register.list', {})).toMatchObject({ counts: { total: 30 } });
  });
});
