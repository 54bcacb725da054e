import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../electron/vault/vault';
import { PASSPHRASE, SCHOOL, SENCO, createVault, dataKeyHex, rawConnection, tempDirs } from '../support/tempVault';

const fresh = tempDirs();

describe('the database file on disk', () => {
  it('is not plaintext: no SQLite header, and the school name is in neither the .db nor the -wal bytes', async () => {
    const dir = fresh();
    const session = await createVault(dir);
    const vault = new Vault(dir, null);
    // While unlocked the WAL holds the latest writes: check it then, and the main file after the lock.
    const walPath = `${vault.databasePath}-wal`;
    expect(existsSync(walPath)).toBe(true);
    const wal = readFileSync(walPath);
    expect(wal.length).toBeGreaterThan(0);
    for (const bytes of [wal, readFileSync(vault.databasePath)]) {
      expect(bytes.includes(Buffer.from(SCHOOL, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from(SCHOOL, 'utf16le'))).toBe(false);
      expect(bytes.includes(Buffer.from(SENCO, 'utf8'))).toBe(false);
    }
    session.lock('user');
    const file = readFileSync(vault.databasePath);
    expect(file.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(file.includes(Buffer.from(SCHOOL, 'utf8'))).toBe(false);
    expect(file.includes(Buffer.from('CREATE TABLE', 'utf8'))).toBe(false);
  });

  it('opens in a separate connection with the raw key and SQLCipher 4 settings, and with nothing else', async () => {
    const dir = fresh();
    (await createVault(dir)).lock('user');
    const keyHex = await dataKeyHex(dir);
    const { databasePath } = new Vault(dir, null);

    const db = rawConnection(databasePath, keyHex);
    expect(db.prepare('SELECT name FROM school').get()).toEqual({ name: SCHOOL });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();

    const wrongKey = rawConnection(databasePath, 'ab'.repeat(32));
    expect(() => wrongKey.prepare('SELECT name FROM school').get()).toThrow(/not a database/);
    wrongKey.close();
  });

  it('sets the connection pragmas the design requires on every open', async () => {
    const dir = fresh();
    const db = (await createVault(dir)).db();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(db.pragma('mmap_size', { simple: true })).toBe(0);
  });

  it('keeps the data key only wrapped: the vault file holds neither the key nor any name', async () => {
    const dir = fresh();
    (await createVault(dir)).lock('user');
    const keyHex = await dataKeyHex(dir);
    const text = readFileSync(new Vault(dir, null).vaultPath, 'utf8');
    expect(text).not.toContain(keyHex);
    expect(text).not.toContain(Buffer.from(keyHex, 'hex').toString('base64'));
    expect(text).not.toContain(SCHOOL);
    expect(text).not.toContain(SENCO);
    expect(text).not.toContain(PASSPHRASE);
    const file = JSON.parse(text);
    expect(file.passphraseKdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
  });
});
