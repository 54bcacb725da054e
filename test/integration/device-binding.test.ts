import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AccountsService } from '../../electron/services/accounts';
import { checkRecoveryKey, recoverVault } from '../../electron/services/unlock';
import { createVault as createSchoolVault } from '../../electron/services/vaultCreation';
import { Vault } from '../../electron/vault/vault';
import { recoveryKeyText } from '../../shared/rules/recoveryKey';
import { forgetDeviceSecret, keychainForTests, osKeychain } from '../support/keychain';
import { PASSPHRASE, SCHOOL, SENCO, createVaultWithKey, dataKeyHex, rawConnection, sessionIn, tempDirs, unlock } from '../support/tempVault';

const fresh = tempDirs();
const { available } = await keychainForTests();
const NEW_PASSPHRASE = 'saffron lighthouse pebble otter';
const DEPUTY = { name: 'Tom Okafor', role: 'deputy-senco' as const, passphrase: 'marble quiver tundra lantern', passphraseConfirm: 'marble quiver tundra lantern' };

describe.skipIf(!available)('a vault bound to this computer\'s keychain (skipped only where no OS keychain answers)', () => {
  it('stores a device secret in the keychain and needs it: the vault file and passphrase alone do not open the vault', async () => {
    const dir = fresh();
    const { session } = await createVaultWithKey(dir);
    const { vaultId, binding } = session.current();
    expect(binding).toBe('keychain');
    expect(await osKeychain().read(vaultId)).toHaveLength(32);
    session.lock('user');

    await forgetDeviceSecret(dir);
    const copy = sessionIn(dir);
    await expect(unlock(copy)).rejects.toMatchObject({ code: 'DEVICE_NOT_BOUND', message: expect.stringContaining('recovery key') });
    expect((await copy.status()).state).toBe('locked');
  });

  it('answers several availability checks at once: each probe is its own entry, so one never deletes another', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => osKeychain().available()));
    expect(answers).toEqual([true, true, true, true, true, true]);
  });

  it('recovers on a "new laptop" with the recovery key: re-binds, sets a new passphrase, and flags the accounts that lost theirs', async () => {
    const dir = fresh();
    const { session, recoveryKey } = await createVaultWithKey(dir);
    const oldSecret = await osKeychain().read(session.current().vaultId);
    await new AccountsService(session).add(DEPUTY);
    session.lock('user');
    await forgetDeviceSecret(dir);

    const laptop = sessionIn(dir);
    const typed = recoveryKeyText(recoveryKey).toLowerCase().replaceAll('-', ' ');
    const check = await checkRecoveryKey(laptop, typed);
    expect(check.accounts).toEqual([{ id: expect.any(String), name: SENCO }]);
    expect(laptop.isUnlocked()).toBe(false);

    const info = await recoverVault(laptop, {
      recoveryKey: typed,
      accountId: check.accounts[0]?.id ?? '',
      passphrase: NEW_PASSPHRASE,
      passphraseConfirm: NEW_PASSPHRASE,
      passphraseOnly: false,
    });
    expect(info).toMatchObject({ user: { name: SENCO, role: 'senco' }, binding: 'keychain', accountsNeedingPassphrase: 1 });
    const newSecret = await osKeychain().read(info.vaultId);
    expect(newSecret).toHaveLength(32);
    expect(newSecret?.equals(oldSecret ?? Buffer.alloc(0))).toBe(false);
    laptop.lock('user');

    await expect(unlock(sessionIn(dir), PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(unlock(sessionIn(dir), DEPUTY.passphrase, DEPUTY.name)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const again = sessionIn(dir);
    expect((await unlock(again, NEW_PASSPHRASE)).accountsNeedingPassphrase).toBe(1);
    const audit = again.db().prepare("SELECT detail FROM audit_log WHERE action = 'vault.recovered'").all();
    expect(audit).toEqual([{ detail: JSON.stringify({ binding: 'keychain', rebound: true, accountsNeedingPassphrase: 1 }) }]);
  });

  it('recovers on the same laptop (a forgotten passphrase) without disturbing other accounts', async () => {
    const dir = fresh();
    const { session, recoveryKey } = await createVaultWithKey(dir);
    await new AccountsService(session).add(DEPUTY);
    const accountId = session.current().user.id;
    session.lock('user');
    const text = recoveryKeyText(recoveryKey);
    const info = await recoverVault(sessionIn(dir), { recoveryKey: text, accountId, passphrase: NEW_PASSPHRASE, passphraseConfirm: NEW_PASSPHRASE, passphraseOnly: false });
    expect(info.accountsNeedingPassphrase).toBe(0);
    expect((await unlock(sessionIn(dir), DEPUTY.passphrase, DEPUTY.name)).user.role).toBe('deputy-senco');
  });

  it('refuses a mistyped recovery key, naming the group, and a wrong one, and records both', async () => {
    const dir = fresh();
    const { session, recoveryKey } = await createVaultWithKey(dir);
    session.lock('user');
    const typo = [...recoveryKey];
    typo[3] = `${typo[3]?.slice(0, 4)}${typo[3]?.endsWith('0') ? '1' : '0'}`;
    await expect(checkRecoveryKey(sessionIn(dir), recoveryKeyText(typo))).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      message: expect.stringContaining('Group 4'),
    });
    const { recoveryKey: otherKey } = await createVaultWithKey(fresh());
    await expect(checkRecoveryKey(sessionIn(dir), recoveryKeyText(otherKey))).rejects.toMatchObject({ code: 'WRONG_RECOVERY_KEY' });
    expect(new Vault(dir, null).read()?.failedUnlocks.map((f) => f.reason)).toEqual(['wrong-recovery-key']);
  });
});

describe('a computer without a keychain', () => {
  it('is told so, must choose passphrase-only, and the choice is in the audit log and the session', async () => {
    const dir = fresh();
    const session = sessionIn(dir, { keychain: null });
    expect(await session.status()).toEqual({ state: 'none', keychain: 'unavailable' });
    const input = { schoolName: SCHOOL, sencoName: SENCO, passphrase: PASSPHRASE, passphraseConfirm: PASSPHRASE };
    await expect(createSchoolVault(session, { ...input, passphraseOnly: false })).rejects.toMatchObject({
      code: 'KEYCHAIN_UNAVAILABLE',
      message: expect.stringContaining('passphrases'),
    });
    await createSchoolVault(session, { ...input, passphraseOnly: true });
    expect(session.current().binding).toBe('passphrase-only');
    session.lock('user');

    // A copy elsewhere opens with the passphrase alone: that is what passphrase-only means.
    const db = rawConnection(new Vault(dir, null).databasePath, await dataKeyHex(dir, PASSPHRASE, null));
    const rows = db.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'vault.binding%'").all();
    db.close();
    expect(rows).toEqual([{ action: 'vault.binding-chosen', detail: JSON.stringify({ binding: 'passphrase-only', reason: 'no-keychain' }) }]);
    expect(JSON.parse(readFileSync(new Vault(dir, null).vaultPath, 'utf8')).binding).toBe('passphrase-only');
  });

  it('is what keytar reports where no Secret Service answers (a real probe in a process without D-Bus)', () => {
    const probe = `require('tsx/cjs'); const { osKeychain } = require('./test/support/keychain.ts'); osKeychain().available().then((a) => process.stdout.write(String(a)));`;
    const out = execFileSync(process.execPath, ['-e', probe], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: '' },
      encoding: 'utf8',
    });
    expect(out).toBe('false');
  });
});
