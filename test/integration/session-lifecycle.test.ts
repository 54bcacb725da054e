import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../electron/vault/vault';
import { recoveryKeyText } from '../../shared/rules/recoveryKey';
import { PASSPHRASE, SENCO, dataKeyHex, rawConnection } from '../support/tempVault';
import { createInput, testBackends } from '../support/testBackend';

const start = testBackends();
const MINUTE = 60_000;

async function unlockedSchool() {
  const t = start();
  t.platform.setNow(new Date('2026-11-30T08:00:00Z'));
  const created = await t.value<{ recoveryKey: string[] }>('vault.create', createInput);
  return { ...t, recoveryKey: created.recoveryKey };
}

describe('failed unlocks', () => {
  it('make the sixth attempt wait, growing with each failure, while the recovery key always works', async () => {
    const t = await unlockedSchool();
    await t.value('vault.lock');
    const wrong = { name: SENCO, passphrase: 'not my passphrase at all' };
    for (let i = 0; i < 5; i++) expect(await t.call('vault.unlock', wrong)).toMatchObject({ error: { code: 'WRONG_PASSPHRASE' } });
    expect(await t.call('vault.unlock', { name: SENCO, passphrase: PASSPHRASE })).toMatchObject({
      error: { code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('Wait 30 seconds') },
    });
    expect(await t.value('vault.status')).toMatchObject({ state: 'locked', passphraseWaitUntil: '2026-11-30T08:00:30.000Z' });

    t.platform.advance(31_000);
    expect(await t.call('vault.unlock', wrong)).toMatchObject({ error: { code: 'WRONG_PASSPHRASE' } });
    expect(await t.call('vault.unlock', wrong)).toMatchObject({ error: { code: 'TOO_MANY_ATTEMPTS', message: expect.stringContaining('1 minute') } });

    const accounts = await t.value<{ accounts: { id: string }[] }>('vault.checkRecoveryKey', { recoveryKey: recoveryKeyText(t.recoveryKey) });
    const fresh = 'juniper canal mosaic thunder';
    const info = await t.value('vault.recover', {
      recoveryKey: recoveryKeyText(t.recoveryKey),
      accountId: accounts.accounts[0]?.id,
      passphrase: fresh,
      passphraseConfirm: fresh,
      passphraseOnly: false,
    });
    expect(info).toMatchObject({ user: { name: SENCO } });
    const failures = t.backend.session.db().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'vault.unlock-failed'").get();
    expect(failures).toEqual({ n: 6 });
    await t.value('vault.lock');
    expect(await t.value('vault.status')).toMatchObject({ passphraseWaitUntil: null });
  });
});

describe('auto-lock', () => {
  it('locks after the idle time, tells the window, and counts any call from the window as use', async () => {
    const t = await unlockedSchool();
    const locks: string[] = [];
    t.backend.onEvent((event, payload) => event === 'vaultLocked' && locks.push((payload as { reason: string }).reason));
    t.platform.advance(4 * MINUTE);
    await t.value('session.keepAlive');
    t.platform.advance(4 * MINUTE);
    expect(t.backend.session.isUnlocked()).toBe(true);
    t.platform.advance(1.1 * MINUTE);
    expect(t.backend.session.isUnlocked()).toBe(false);
    expect(locks).toEqual(['idle']);
  });

  it('follows the idle time the SENCO sets, 1 to 60 minutes', async () => {
    const t = await unlockedSchool();
    expect(await t.call('settings.setIdleMinutes', { minutes: 61 })).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringContaining('at most 60') } });
    expect(await t.value('settings.setIdleMinutes', { minutes: 1 })).toMatchObject({ idleMinutes: 1, binding: 'keychain' });
    t.platform.advance(61_000);
    expect(t.backend.session.isUnlocked()).toBe(false);
  });

  it('keeps a half-typed form as a draft inside the vault, offered back after unlock', async () => {
    const t = await unlockedSchool();
    await t.value('drafts.save', { form: 'accounts.add', data: { name: 'Sam Patel', role: 'teacher' } });
    t.platform.advance(6 * MINUTE);
    expect(await t.call('drafts.get', { form: 'accounts.add' })).toMatchObject({ error: { code: 'LOCKED' } });
    expect(existsSync(join(t.dir, 'senco.db'))).toBe(true);
    expect(readFileSync(join(t.dir, 'senco.db')).includes('Sam Patel')).toBe(false);

    await t.value('vault.unlock', { name: SENCO, passphrase: PASSPHRASE });
    expect(await t.value('drafts.get', { form: 'accounts.add' })).toEqual({
      data: { name: 'Sam Patel', role: 'teacher' },
      savedAt: '2026-11-30T08:00:00.000Z',
    });
    await t.value('drafts.discard', { form: 'accounts.add' });
    expect(await t.value('drafts.get', { form: 'accounts.add' })).toBeNull();
  });
});

describe('the recovery kit', () => {
  it('needs two groups re-typed to confirm, and a new key replaces the old slot at once', async () => {
    const t = await unlockedSchool();
    expect(await t.value('session.current')).toMatchObject({ recoveryKeyConfirmed: false });
    expect(await t.call('recovery.confirm', { answers: { '2': t.recoveryKey[1] } })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(await t.value('recovery.confirm', { answers: { '2': t.recoveryKey[1], '9': 'AAAAA' } })).toEqual({ ok: false, wrongGroups: [9] });
    expect(await t.value('recovery.confirm', { answers: { '2': t.recoveryKey[1]?.toLowerCase(), '9': t.recoveryKey[8] } })).toEqual({ ok: true, wrongGroups: [] });
    expect(await t.value('session.current')).toMatchObject({ recoveryKeyConfirmed: true });
    expect(await t.call('recovery.saveKit')).toMatchObject({ error: { code: 'NOT_ALLOWED' } });

    const renewed = await t.value<{ recoveryKey: string[] }>('recovery.renew');
    expect(renewed.recoveryKey).not.toEqual(t.recoveryKey);
    expect(await t.value('session.current')).toMatchObject({ recoveryKeyConfirmed: false });
    await t.value('vault.lock');
    expect(await t.call('vault.checkRecoveryKey', { recoveryKey: recoveryKeyText(t.recoveryKey) })).toMatchObject({ error: { code: 'WRONG_RECOVERY_KEY' } });
    expect(await t.call('vault.checkRecoveryKey', { recoveryKey: recoveryKeyText(renewed.recoveryKey) })).toMatchObject({ ok: true });
  });

  it('forgets an unconfirmed key when the vault locks: it is shown only once', async () => {
    const t = await unlockedSchool();
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: SENCO, passphrase: PASSPHRASE });
    expect(await t.call('recovery.confirm', { answers: { '1': t.recoveryKey[0], '2': t.recoveryKey[1] } })).toMatchObject({
      error: { code: 'NOT_ALLOWED', message: expect.stringContaining('Make a new recovery key') },
    });
  });
});

describe('rotating the data key', () => {
  it('re-encrypts the database under a new key with progress, keeps every row, and the vault opens as before', async () => {
    const t = await unlockedSchool();
    await t.value('drafts.save', { form: 'x', data: { note: 'kept across the rotation' } });
    const oldKey = await dataKeyHex(t.dir);
    const steps: string[] = [];
    t.backend.onEvent((event, payload) => event === 'rotationProgress' && steps.push((payload as { step: string }).step));
    const auditBefore = t.backend.session.db().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };

    expect(await t.value('keys.rotateDataKey')).toEqual({ integrity: 'ok' });
    expect(steps).toEqual(['checking', 'preparing', 're-encrypting', 'verifying', 'finishing']);
    expect(await t.value('drafts.get', { form: 'x' })).toMatchObject({ data: { note: 'kept across the rotation' } });
    expect(new Vault(t.dir, null).read()?.nextDataKey).toBeUndefined();

    await t.value('vault.lock');
    const newKey = await dataKeyHex(t.dir);
    expect(newKey).not.toBe(oldKey);
    const db = rawConnection(join(t.dir, 'senco.db'), newKey);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const audit = db.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number };
    expect(audit.n).toBe(auditBefore.n + 3); // started, rotated, locked
    db.close();
    expect(() => rawConnection(join(t.dir, 'senco.db'), oldKey).prepare('SELECT 1 FROM school').get()).toThrow(/not a database/);
    expect(await t.call('vault.unlock', { name: SENCO, passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(await t.value('audit.verify')).toMatchObject({ intact: true });
  });
});
