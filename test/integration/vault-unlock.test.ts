import { createHash } from 'node:crypto';
import { readFileSync, readdirSync as readdir, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../electron/vault/vault';
import { createVault as createSchoolVault } from '../../electron/services/vaultCreation';
import { vaultChecksum } from '../../electron/vault/vaultFile';
import { PASSPHRASE, SCHOOL, SENCO, createVault, sessionIn, tempDirs, unlock } from '../support/tempVault';

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
    expect((await session.status()).state).toBe('locked');
    const info = await unlock(session, PASSPHRASE);
    expect(info.schoolName).toBe(SCHOOL);
    expect(info.user).toMatchObject({ name: SENCO, role: 'senco' });
    expect(await session.status()).toEqual({ state: 'unlocked', session: info });
  });

  it('refuses a wrong passphrase, says so, and leaves the database untouched', async () => {
    const dir = await lockedVault();
    const { databasePath } = new Vault(dir, null);
    const before = digest(databasePath);
    const session = sessionIn(dir);
    await expect(unlock(session, 'violet tractor harbour minnoW')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: expect.stringContaining('name and passphrase do not match'),
    });
    expect((await session.status()).state).toBe('locked');
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
    expect((await session.status()).state).toBe('locked');
  });

  it('refuses to create a second vault over an existing one', async () => {
    const dir = await lockedVault();
    await expect(
      createSchoolVault(sessionIn(dir), { schoolName: 'Other', sencoName: 'X Y', passphrase: PASSPHRASE, passphraseConfirm: PASSPHRASE, passphraseOnly: false }),
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
      createSchoolVault(session, { schoolName: SCHOOL, sencoName: SENCO, passphrase, passphraseConfirm: confirm, passphraseOnly: false }),
    ).rejects.toMatchObject({ code, message: expect.stringContaining(reason) });
    expect(await session.status()).toMatchObject({ state: 'none' });
    expect(readdir(dir)).toEqual([]);
  });
});

describe('a tampered vault file', () => {
  type Json = Record<string, Record<string, string | number>>;
  /** Edits the vault file as an attacker or a disk fault would; `fixChecksum` re-computes the plain checksum too. */
  function editFile(dir: string, edit: (file: { slots: Json[]; passphraseKdf: Json[string] }) => void, fixChecksum: boolean) {
    const vault = new Vault(dir, null);
    const file = JSON.parse(readFileSync(vault.vaultPath, 'utf8'));
    edit(file);
    if (fixChecksum) file.checksum = vaultChecksum(file);
    writeFileSync(vault.vaultPath, JSON.stringify(file));
  }
  const passphraseSlot = (file: { slots: Json[] }) => file.slots.find((s) => (s.kind as unknown) === 'passphrase') as Json;

  const flip = (b64: string) => {
    const bytes = Buffer.from(b64, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    return bytes.toString('base64');
  };

  type Edit = (file: { slots: Json[]; passphraseKdf: Json[string] }) => void;
  const sealedOf = (f: { slots: Json[] }) => passphraseSlot(f).sealed as Json[string];
  it.each<[string, Edit, boolean, string]>([
    ['a flipped ciphertext byte', (f) => (sealedOf(f).ciphertext = flip(sealedOf(f).ciphertext as string)), false, 'VAULT_TAMPERED'],
    ['a changed salt', (f) => (f.passphraseKdf.salt = flip(f.passphraseKdf.salt as string)), false, 'VAULT_TAMPERED'],
    ['weakened scrypt parameters', (f) => (f.passphraseKdf.N = 1024), true, 'VAULT_TAMPERED'],
    ['a slot moved to another account', (f) => ((passphraseSlot(f) as unknown as { accountId: string }).accountId = crypto.randomUUID()), true, 'WRONG_PASSPHRASE'],
    ['a re-checksummed ciphertext', (f) => (sealedOf(f).ciphertext = flip(sealedOf(f).ciphertext as string)), true, 'WRONG_PASSPHRASE'],
    ['a re-checksummed tag', (f) => (sealedOf(f).tag = flip(sealedOf(f).tag as string)), true, 'WRONG_PASSPHRASE'],
    ['a re-checksummed salt', (f) => (f.passphraseKdf.salt = flip(f.passphraseKdf.salt as string)), true, 'WRONG_PASSPHRASE'],
  ])('with %s is refused', async (_case, edit, fixChecksum, code) => {
    const dir = await lockedVault();
    editFile(dir, edit, fixChecksum);
    const session = sessionIn(dir);
    await expect(unlock(session, PASSPHRASE)).rejects.toMatchObject({ code });
    expect((await session.status()).state).toBe('locked');
  });

  it('refuses a slot copied in from another vault (the vault id is bound into the wrapping)', async () => {
    const a = await lockedVault();
    const b = await lockedVault();
    const fileA = JSON.parse(readFileSync(new Vault(a, null).vaultPath, 'utf8'));
    const fileB = JSON.parse(readFileSync(new Vault(b, null).vaultPath, 'utf8'));
    const moved = { ...fileB, slots: fileA.slots };
    writeFileSync(new Vault(b, null).vaultPath, JSON.stringify({ ...moved, checksum: vaultChecksum(moved) }));
    await expect(unlock(sessionIn(b), PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('that is not a vault file at all is refused with a clear message', async () => {
    const dir = await lockedVault();
    writeFileSync(new Vault(dir, null).vaultPath, '{"app":"something-else"}');
    await expect(unlock(sessionIn(dir), PASSPHRASE)).rejects.toMatchObject({
      code: 'VAULT_UNREADABLE',
      message: expect.stringContaining('Restore the vault file'),
    });
  });
});
