import { createHash } from 'node:crypto';
import { readFileSync, readdirSync as readdir, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../electron/vault/vault';
import { slotChecksum } from '../../electron/vault/keySlot';
import { PASSPHRASE, SCHOOL, SENCO, createVault, sessionIn, tempDirs } from '../support/tempVault';

const fresh = tempDirs();
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function lockedVault(): Promise<string> {
  const dir = fresh();
  (await createVault(dir)).lock('user');
  return dir;
}

describe('unlocking', () => {
  it('opens with the right passphrase and signs the SENCO in', async () => {
    const dir = await lockedVault();
    const session = sessionIn(dir);
    expect(session.status().state).toBe('locked');
    const info = await session.unlock(PASSPHRASE);
    expect(info.schoolName).toBe(SCHOOL);
    expect(info.user).toMatchObject({ name: SENCO, role: 'senco' });
    expect(session.status()).toEqual({ state: 'unlocked', session: info });
  });

  it('refuses a wrong passphrase, says so, and leaves the database untouched', async () => {
    const dir = await lockedVault();
    const { databasePath } = new Vault(dir);
    const before = digest(databasePath);
    const session = sessionIn(dir);
    await expect(session.unlock('violet tractor harbour minnoW')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: expect.stringContaining('passphrase is not right'),
    });
    expect(session.status().state).toBe('locked');
    expect(() => session.db()).toThrow(/locked/);
    expect(digest(databasePath)).toBe(before);
  });

  it('drops the connection on lock: nothing can read the database until the next unlock', async () => {
    const dir = fresh();
    const session = await createVault(dir);
    const db = session.db();
    session.lock('user');
    expect(db.open).toBe(false);
    expect(() => session.current()).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    expect(session.status().state).toBe('locked');
  });

  it('refuses to create a second vault over an existing one', async () => {
    const dir = await lockedVault();
    await expect(
      sessionIn(dir).create({ schoolName: 'Other', sencoName: 'X Y', passphrase: PASSPHRASE, passphraseConfirm: PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
  });

  it.each([
    ['mismatched confirmation', PASSPHRASE, `${PASSPHRASE}!`, 'PASSPHRASE_MISMATCH', 'not the same'],
    ['too short', 'kettle-91', 'kettle-91', 'WEAK_PASSPHRASE', 'at least 12 characters'],
    ['easy to guess', 'password1234', 'password1234', 'WEAK_PASSPHRASE', 'too easy to guess'],
  ])('refuses to create with a %s passphrase and writes nothing', async (_case, passphrase, confirm, code, reason) => {
    const dir = fresh();
    const session = sessionIn(dir);
    await expect(
      session.create({ schoolName: SCHOOL, sencoName: SENCO, passphrase, passphraseConfirm: confirm }),
    ).rejects.toMatchObject({ code, message: expect.stringContaining(reason) });
    expect(session.status()).toEqual({ state: 'none' });
    expect(readdir(dir)).toEqual([]);
  });
});

describe('a tampered vault file', () => {
  function editSlot(dir: string, edit: (slot: Record<string, unknown>) => void, fixChecksum: boolean) {
    const vault = new Vault(dir);
    const file = JSON.parse(readFileSync(vault.vaultPath, 'utf8'));
    const slot = file.slots[0];
    edit(slot);
    if (fixChecksum) {
      const { checksum: _old, ...sealed } = slot;
      slot.checksum = slotChecksum(sealed);
    }
    writeFileSync(vault.vaultPath, JSON.stringify(file));
  }

  const flip = (b64: string) => {
    const bytes = Buffer.from(b64, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    return bytes.toString('base64');
  };

  it.each([
    ['a flipped ciphertext byte', (s: Record<string, unknown>) => (s.ciphertext = flip(s.ciphertext as string)), false, 'VAULT_TAMPERED'],
    ['a changed salt', (s: Record<string, unknown>) => ((s.kdf as { salt: string }).salt = flip((s.kdf as { salt: string }).salt)), false, 'VAULT_TAMPERED'],
    ['weakened scrypt parameters', (s: Record<string, unknown>) => ((s.kdf as { N: number }).N = 1024), true, 'VAULT_TAMPERED'],
    ['a re-checksummed ciphertext', (s: Record<string, unknown>) => (s.ciphertext = flip(s.ciphertext as string)), true, 'WRONG_PASSPHRASE'],
    ['a re-checksummed tag', (s: Record<string, unknown>) => (s.tag = flip(s.tag as string)), true, 'WRONG_PASSPHRASE'],
  ])('with %s is refused', async (_case, edit, fixChecksum, code) => {
    const dir = await lockedVault();
    editSlot(dir, edit, fixChecksum);
    const session = sessionIn(dir);
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code });
    expect(session.status().state).toBe('locked');
  });

  it('refuses a slot copied in from another vault (the vault id is bound into the wrapping)', async () => {
    const a = await lockedVault();
    const b = await lockedVault();
    const fileA = JSON.parse(readFileSync(new Vault(a).vaultPath, 'utf8'));
    const fileB = JSON.parse(readFileSync(new Vault(b).vaultPath, 'utf8'));
    writeFileSync(new Vault(b).vaultPath, JSON.stringify({ ...fileB, slots: fileA.slots }));
    await expect(sessionIn(b).unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('that is not a vault file at all is refused with a clear message', async () => {
    const dir = await lockedVault();
    writeFileSync(new Vault(dir).vaultPath, '{"app":"something-else"}');
    await expect(sessionIn(dir).unlock(PASSPHRASE)).rejects.toMatchObject({
      code: 'VAULT_UNREADABLE',
      message: expect.stringContaining('Restore the vault file'),
    });
  });
});
