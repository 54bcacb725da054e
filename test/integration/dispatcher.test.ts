import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import { TestPlatform } from '../support/testPlatform';
import { forgetDeviceSecret, osKeychain } from '../support/keychain';
import { PASSPHRASE, SCHOOL, SENCO, tempDir } from '../support/tempVault';

const ORIGIN = 'app://senco';
const PAGE = `${ORIGIN}/index.html`;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function backend(): { backend: Backend; platform: TestPlatform; dir: string } {
  const t = tempDir();
  const platform = new TestPlatform({ dataDir: t.dir });
  const b = createBackend({ platform, appOrigin: ORIGIN, keychain: osKeychain() });
  cleanups.push(t.cleanup, () => forgetDeviceSecret(t.dir), () => b.shutdown());
  return { backend: b, platform, dir: t.dir };
}

const createInput = { schoolName: SCHOOL, sencoName: SENCO, passphrase: PASSPHRASE, passphraseConfirm: PASSPHRASE, passphraseOnly: false };

describe('the dispatcher', () => {
  it.each(['http://evil.test/', 'app://senco.evil/index.html', 'file:///index.html', 'app://other/', 'not a url', ''])(
    'refuses a call from %j and changes nothing',
    async (senderUrl) => {
      const { backend: b, dir } = backend();
      const result = await b.dispatch({ senderUrl, channel: 'vault.create', payload: createInput });
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.stringContaining('refused') } });
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('refuses an unknown channel by name', async () => {
    const { backend: b } = backend();
    expect(await b.dispatch({ senderUrl: PAGE, channel: 'vault.destroy', payload: undefined })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'There is no such request: vault.destroy.' },
    });
  });

  it.each([
    ['vault.unlock', { passphrase: 42 }, 'passphrase'],
    ['vault.unlock', { name: SENCO, passphrase: PASSPHRASE, admin: true }, 'admin'],
    ['vault.unlock', null, 'vault.unlock'],
    ['vault.create', { ...createInput, schoolName: '   ' }, 'schoolName: Enter the school name'],
    ['vault.create', { ...createInput, sencoName: 'x'.repeat(500) }, 'sencoName: Use at most 120 characters'],
    ['vault.status', { please: 'status' }, 'vault.status'],
  ])('refuses a malformed %s payload with a clear message and changes nothing', async (channel, payload, mentions) => {
    const { backend: b, dir } = backend();
    const result = await b.dispatch({ senderUrl: PAGE, channel, payload });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain(mentions);
    expect(result.error.message).not.toContain(PASSPHRASE);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answers only vault channels while locked', async () => {
    const { backend: b } = backend();
    for (const channel of ['session.current', 'audit.verify']) {
      expect(await b.dispatch({ senderUrl: PAGE, channel, payload: undefined })).toMatchObject({
        ok: false,
        error: { code: 'LOCKED' },
      });
    }
    expect(await b.dispatch({ senderUrl: PAGE, channel: 'vault.status', payload: undefined })).toMatchObject({
      ok: true,
      value: { state: 'none' },
    });
  });

  it('runs the whole journey: create, lock, wrong passphrase, unlock, home', async () => {
    const { backend: b } = backend();
    const call = (channel: string, payload?: unknown) => b.dispatch({ senderUrl: PAGE, channel, payload });

    const created = await call('vault.create', createInput);
    expect(created).toMatchObject({ ok: true, value: { session: { schoolName: SCHOOL, user: { name: SENCO, role: 'senco' } } } });
    expect(await call('vault.lock')).toEqual({ ok: true, value: null });
    expect(await call('vault.status')).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await call('vault.unlock', { name: SENCO, passphrase: 'harbour minnow violet tractor' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await call('session.current')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('vault.unlock', { name: SENCO, passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(await call('session.current')).toMatchObject({ ok: true, value: { schoolName: SCHOOL } });
    expect(await call('audit.verify')).toEqual({ ok: true, value: { intact: true, rows: 5 } });
  });

  it.each(['lock-screen', 'suspend'] as const)('locks the vault when the OS reports %s', async (event) => {
    const { backend: b, platform } = backend();
    await b.dispatch({ senderUrl: PAGE, channel: 'vault.create', payload: createInput });
    platform.emit(event);
    expect(await b.dispatch({ senderUrl: PAGE, channel: 'vault.status', payload: undefined })).toMatchObject({
      ok: true,
      value: { state: 'locked' },
    });
  });
});
