import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { type DemoProgress, buildDemoDatabase } from '../../../electron/demo/demoBuild';
import { generateSchool } from '../../../electron/demo/syntheticSchool';
import { importFields } from '../../../shared/rules/pupilImport';
import { DEMO_ACCOUNT, DEMO_FOLDER, DEMO_SEED } from '../../../electron/services/demoSchool';
import { osKeychain } from '../../support/keychain';
import { rawConnection, tempDirs } from '../../support/tempVault';
import { type TestBackend, createInput, testBackends } from '../../support/testBackend';

const start = testBackends();
const fresh = tempDirs();
const NOW = new Date('2026-11-30T08:00:00Z');
const TODAY = '2026-11-30';

interface Info {
  vaultId: string;
  schoolName: string;
  demo: boolean;
  user: { name: string; role: string };
}

function backend(size: 'small' | 'reference' = 'small'): TestBackend {
  const t = start({ demoSize: size });
  t.platform.setNow(NOW);
  return t;
}

/** Every file of the school's own vault (not the demo folder), with a hash of its bytes. */
function schoolFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name === DEMO_FOLDER || !statSync(join(dir, name)).isFile()) continue;
    files[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  }
  return files;
}

async function lockedSchool(t: TestBackend) {
  await t.value('vault.create', createInput);
  await t.value('vault.lock');
  const file = JSON.parse(readFileSync(join(t.dir, 'senco.vault'), 'utf8')) as { vaultId: string };
  const secret = (await osKeychain().read(file.vaultId))?.toString('hex');
  return { vaultId: file.vaultId, secret, files: schoolFiles(t.dir) };
}

/** Each pupil's legal name, in id order, as the demo vault holds them. */
const pupilNames = (t: TestBackend) =>
  t.backend.session
    .db()
    .prepare('SELECT data FROM pupil_revision ORDER BY pupil_id, revision')
    .all()
    .map((row) => JSON.parse((row as { data: string }).data) as { legalForename: string; legalSurname: string })
    .map((p) => `${p.legalForename} ${p.legalSurname}`);

describe('the demo school', () => {
  it("is a separate vault in its own folder, and leaves the school's vault files and keychain entry exactly as they were", async () => {
    const t = backend();
    const before = await lockedSchool(t);
    expect(Object.keys(before.files).sort()).toEqual(['senco.db', 'senco.vault']);

    const info = await t.value<Info>('demo.open');
    expect(info).toMatchObject({ demo: true, user: { name: DEMO_ACCOUNT, role: 'senco' } });
    expect(info.vaultId).not.toBe(before.vaultId);
    expect(await t.value('vault.status')).toMatchObject({ state: 'unlocked', session: { demo: true, vaultId: info.vaultId } });
    const demoDir = join(t.dir, DEMO_FOLDER);
    expect(readdirSync(demoDir).sort()).toEqual(expect.arrayContaining(['demo.key', 'senco.db', 'senco.vault']));
    // The demo's key slot is its own: the school's passphrase-and-keychain slots are nowhere in it.
    const demoFile = JSON.parse(readFileSync(join(demoDir, 'senco.vault'), 'utf8')) as { vaultId: string; slots: { kind: string }[] };
    expect(demoFile.vaultId).toBe(info.vaultId);
    expect(demoFile.slots.map((s) => s.kind)).toEqual(['recovery']);
    expect(await osKeychain().read(info.vaultId)).toBeNull();

    // Used like any vault: the register reads the demo's pupils.
    const register = await t.value<{ rows: unknown[] }>('register.list', {});
    expect(register.rows.length).toBe(60);

    await t.value('demo.leave');
    expect(await t.value('vault.status')).toMatchObject({ state: 'locked', vaultId: before.vaultId, demo: false });
    expect(schoolFiles(t.dir)).toEqual(before.files);
    expect((await osKeychain().read(before.vaultId))?.toString('hex')).toBe(before.secret);

    // The school's own vault still opens as before, and is not the demo.
    const school = await t.value<Info>('vault.unlock', { name: createInput.sencoName, passphrase: createInput.passphrase });
    expect(school).toMatchObject({ demo: false, schoolName: createInput.schoolName, vaultId: before.vaultId });
  });

  it('is the same school from the same seed: 2,000 on roll with the names the generator gives', async () => {
    const [a, b] = [backend('reference'), backend('reference')];
    const infoA = await a.value<Info>('demo.open');
    const infoB = await b.value<Info>('demo.open');
    const school = generateSchool({ seed: DEMO_SEED, today: TODAY });
    expect(infoA.schoolName).toBe(school.schoolName);
    expect(infoB.schoolName).toBe(school.schoolName);
    expect(infoA.vaultId).not.toBe(infoB.vaultId);

    const namesA = pupilNames(a);
    expect(namesA).toHaveLength(2200);
    expect(namesA).toEqual(pupilNames(b));
    const generated = [...school.pupils]
      .sort((p, q) => (p.id < q.id ? -1 : 1))
      .map((p) => `${p.details.legalForename} ${p.details.legalSurname}`);
    expect(namesA).toEqual(generated);

    const onRoll = await a.value<{ rows: unknown[]; counts: Record<string, number> }>('register.list', {});
    expect(onRoll.rows).toHaveLength(2000);
    const withLeavers = await a.value<{ rows: unknown[] }>('register.list', { includeLeavers: true });
    expect(withLeavers.rows).toHaveLength(2200);

    // The pupil file, through the IPC contract, has the people and profiles the generator made.
    type People = { contacts: { id: string }[]; involvements: { versions: { role: string }[] }[]; profiles: { id: string }[] };
    const cared = school.pupils.find((p) => p.details.lookedAfter && p.profiles.length > 0 && p.contacts.length >= 2)!;
    const file = await a.value<People>('pupils.get', { pupilId: cared.id });
    expect(file.contacts.map((c) => c.id).sort()).toEqual(cared.contacts.map((c) => c.id).sort());
    expect(file.involvements).toHaveLength(cared.involvements.length);
    expect(file.involvements.some((i) => i.versions[0]!.role === 'social-worker')).toBe(true);
    expect(file.profiles.map((p) => p.id)).toEqual(cared.profiles.map((p) => p.id).reverse());
  }, 120_000);

  it('refuses every MIS import while it is open, saying it is the demo school, and only then', async () => {
    const t = backend();
    await t.value('demo.open');
    const importId = '00000000-0000-4000-8000-000000000000';
    const mapping = Object.fromEntries(importFields.map((field) => [field, null]));
    const imports: [string, unknown][] = [
      ['imports.chooseCsv', undefined],
      ['imports.previewCsv', { importId, mapping, fullRoll: false }],
      ['imports.commitCsv', { importId, mapping, leavers: null }],
      ['imports.chooseCtf', undefined],
      ['imports.commitCtf', { importId }],
    ];
    for (const [channel, payload] of imports) {
      expect(await t.call(channel, payload), channel).toEqual({
        ok: false,
        error: { code: 'NOT_ALLOWED', message: expect.stringMatching(/^This is the demo school: it holds made-up pupils only/) },
      });
    }
    expect(t.platform.dialogCalls).toEqual([]);
    expect(await t.call('recovery.renew')).toMatchObject({ error: { message: expect.stringMatching(/^This is the demo school: /) } });

    await t.value('demo.leave');
    await t.value('vault.create', createInput);
    t.platform.queueOpenPath(null);
    expect(await t.call('imports.chooseCsv')).toMatchObject({ ok: true, value: null });
  });

  it('names a file shared from it DEMO, since a CSV cannot carry the watermark a print does', async () => {
    const t = backend();
    await t.value('demo.open');
    const file = join(t.dir, 'extract.csv');
    t.platform.queueSavePath(file);
    const result = await t.value<{ decision: { outcome: string } }>('disclosures.send', {
      output: { kind: 'register-extract', filter: {} },
      recipient: { kind: 'school-staff', name: 'Head of Year 7' },
      purpose: 'Trying the demo',
      include: { health: false, familySocialCare: false, thirdPartyReports: false },
    });
    expect(result.decision.outcome).toBe('allowed');
    expect(t.platform.dialogCalls).toEqual([{ kind: 'save', title: 'Save the shared records', defaultFileName: 'DEMO Register extract.csv' }]);
    expect(readFileSync(file, 'utf8')).toContain('UPN');
  });

  it('locks when left: the connection closed and the keys zeroed, and the window is told', async () => {
    const t = backend();
    const locks: string[] = [];
    t.backend.onEvent((event, payload) => event === 'vaultLocked' && locks.push((payload as { reason: string }).reason));
    await t.value('demo.open');
    const open = t.backend.session.open();
    await t.value('demo.leave');
    expect(t.backend.session.isUnlocked()).toBe(false);
    expect(open.db.open).toBe(false);
    expect([...open.masterKey].every((b) => b === 0)).toBe(true);
    expect([...open.dataKey].every((b) => b === 0)).toBe(true);
    expect(locks).toEqual(['demo-left']);
    expect(await t.value('vault.status')).toMatchObject({ state: 'none' });
    expect(await t.call('register.list', {})).toMatchObject({ error: { code: 'LOCKED' } });
  });

  it('locks as a real vault does (the screen lock, the idle time) and reopens where it was left, without a passphrase', async () => {
    const t = backend();
    const locks: string[] = [];
    t.backend.onEvent((event, payload) => event === 'vaultLocked' && locks.push((payload as { reason: string }).reason));
    const first = await t.value<Info>('demo.open');
    t.platform.emit('lock-screen');
    expect(await t.value('vault.status')).toMatchObject({ state: 'locked', demo: true });
    const again = await t.value<Info>('demo.open');
    expect(again.vaultId).toBe(first.vaultId);
    t.platform.advance(6 * 60_000);
    expect(t.backend.session.isUnlocked()).toBe(false);
    expect(locks).toEqual(['os-lock', 'idle']);
    await t.value<Info>('demo.open');
    const audit = t.backend.session.db().prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'vault.%' ORDER BY seq").all();
    expect(audit).toEqual([
      { action: 'vault.created', detail: JSON.stringify({ demo: true, seed: DEMO_SEED }) },
      { action: 'vault.unlocked', detail: JSON.stringify({ demo: true }) },
      { action: 'vault.locked', detail: JSON.stringify({ reason: 'os-lock' }) },
      { action: 'vault.unlocked', detail: JSON.stringify({ demo: true }) },
      { action: 'vault.locked', detail: JSON.stringify({ reason: 'idle' }) },
      { action: 'vault.unlocked', detail: JSON.stringify({ demo: true }) },
    ]);
  });

  it('starts again from the seed: what was changed in the demo is gone', async () => {
    const t = backend();
    const first = await t.value<Info>('demo.open');
    const added = 'Morgan Example';
    const passphrase = 'lantern copper orchard fig';
    await t.value('accounts.add', { name: added, role: 'deputy-senco', passphrase, passphraseConfirm: passphrase });
    const names = () => t.backend.session.db().prepare('SELECT display_name AS n FROM staff_account ORDER BY created_at, display_name').all();
    expect(names()).toEqual([{ n: DEMO_ACCOUNT }, { n: added }]);
    const before = pupilNames(t);
    const restarted = await t.value<Info>('demo.restart');
    expect(restarted.vaultId).not.toBe(first.vaultId);
    expect(names()).toEqual([{ n: DEMO_ACCOUNT }]);
    expect(pupilNames(t)).toEqual(before);
  });

  it('cannot be opened over the school\'s own unlocked vault', async () => {
    const t = backend();
    await t.value('vault.create', createInput);
    expect(await t.call('demo.open')).toMatchObject({ error: { code: 'ALREADY_UNLOCKED' } });
    expect(await t.call('demo.restart')).toMatchObject({ error: { code: 'ALREADY_UNLOCKED' } });
    expect(existsSync(join(t.dir, DEMO_FOLDER))).toBe(false);
    expect(await t.value('session.current')).toMatchObject({ demo: false });
  });

  it('is built in a worker thread with its own connection, which reports its progress', async () => {
    const t = backend();
    const progress: unknown[] = [];
    t.backend.onEvent((event, payload) => event === 'demoProgress' && progress.push(payload));
    await t.value('demo.open');
    expect(progress[0]).toMatchObject({ step: 'generating' });
    expect(progress.at(-1)).toMatchObject({ step: 'checking', done: 66, total: 66 });
    expect(progress).toContainEqual({ step: 'loading', done: 66, total: 66, message: 'Adding pupils to the demo vault: 66 of 66' });

    const dir = fresh();
    const seen: (DemoProgress & { threadId: number })[] = [];
    const key = Buffer.alloc(32, 7);
    const built = await buildDemoDatabase({
      file: join(dir, 'demo.db'),
      dataKey: key,
      seed: DEMO_SEED,
      size: 'small',
      today: TODAY,
      at: NOW.toISOString(),
      account: { id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', displayName: DEMO_ACCOUNT },
      onProgress: (p) => seen.push(p),
    });
    expect(built.threadId).not.toBe(threadId);
    expect(new Set(seen.map((p) => p.threadId))).toEqual(new Set([built.threadId]));
    expect(built.counts.pupils).toBe(66);
    const db = rawConnection(join(dir, 'demo.db'), key.toString('hex'));
    try {
      expect(db.prepare('SELECT count(*) AS n FROM pupil').get()).toEqual({ n: 66 });
    } finally {
      db.close();
    }
  });
});
