import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../electron/db/migrate';
import { migrate, schemaVersion } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { asCorruptionFailure } from '../../electron/db/open';
import { verifyAuditLog } from '../../electron/services/auditVerify';
import { Vault } from '../../electron/vault/vault';
import { PASSPHRASE, SCHOOL, createVault, dataKeyHex, rawConnection, sessionIn, tempDirs, unlock } from '../support/tempVault';

const fresh = tempDirs();

async function lockedVault(): Promise<string> {
  const dir = fresh();
  (await createVault(dir)).lock('user');
  return dir;
}

/** A copy of a locked vault's two files in a new folder, so one original serves many cases. */
function copyVault(from: string): string {
  const to = fresh();
  for (const name of ['senco.vault', 'senco.db']) copyFileSync(join(from, name), join(to, name));
  return to;
}

describe('a damaged database file', () => {
  it('is reported as corruption, page by page, and never returned as data', async () => {
    const original = await lockedVault();
    const pages = readFileSync(new Vault(original, null).databasePath).length / 4096;
    expect(pages).toBeGreaterThan(3);
    const outcomes: string[] = [];
    for (let page = 0; page < pages; page++) {
      const dir = copyVault(original);
      const path = new Vault(dir, null).databasePath;
      const bytes = readFileSync(path);
      const at = page * 4096 + 100;
      bytes[at] = (bytes[at] ?? 0) ^ 0x40;
      writeFileSync(path, bytes);

      const session = sessionIn(dir);
      try {
        const info = await unlock(session, PASSPHRASE);
        // Whatever the damaged page held must not have been read: what did come back is the truth.
        expect(info.schoolName).toBe(SCHOOL);
        const audit = await verifyAuditLog(session.db()).catch((error) => {
          throw asCorruptionFailure(error);
        });
        expect(audit.intact).toBe(true);
        // A page the unlock did not read must still be caught by a full check.
        try {
          session.db().pragma('integrity_check');
        } catch (error) {
          throw asCorruptionFailure(error);
        }
        outcomes.push('undetected');
      } catch (error) {
        expect(error).toMatchObject({ code: 'DATABASE_CORRUPT', message: expect.stringContaining('damaged') });
        outcomes.push('corrupt');
      } finally {
        session.lock('user');
      }
    }
    expect(outcomes).toEqual(Array(pages).fill('corrupt'));
    // One passphrase unlock (scrypt) per page: every migration adds pages, so this is not a 60-second test.
  }, 300_000);
});

describe('migrations', () => {
  it('are numbered from 1 with no gaps, and the app applies them once', async () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
    const dir = await lockedVault();
    const db = rawConnection(new Vault(dir, null).databasePath, await dataKeyHex(dir));
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(migrate(db, migrations)).toEqual({ from: migrations.length, to: migrations.length });
    db.close();
  });

  it('apply every pending step in one transaction, and roll all of it back when one fails', async () => {
    const dir = await lockedVault();
    const db = rawConnection(new Vault(dir, null).databasePath, await dataKeyHex(dir));
    const base = migrations.length;
    const good: Migration = { version: base + 1, name: 'good', up: (d) => d.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY)') };
    const bad: Migration = {
      version: base + 2,
      name: 'bad',
      up: (d) => {
        d.exec('CREATE TABLE half_done (id INTEGER)');
        throw new Error('step failed');
      },
    };
    expect(() => migrate(db, [...migrations, good, bad])).toThrow('step failed');
    expect(schemaVersion(db)).toBe(base);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).not.toContain('extra');
    expect(tables.map((t) => t.name)).not.toContain('half_done');

    expect(migrate(db, [...migrations, good])).toEqual({ from: base, to: base + 1 });
    expect(migrate(db, [...migrations, good])).toEqual({ from: base + 1, to: base + 1 });
    db.close();
  });

  it('refuse a misnumbered list', () => {
    const m: Migration = { version: 3, name: 'x', up: () => undefined };
    expect(() => migrate(null as never, [m])).toThrow('numbered 3, expected 1');
  });

  it('refuse a database from a newer app with a clear message, and change nothing', async () => {
    const dir = await lockedVault();
    const { databasePath } = new Vault(dir, null);
    const db = rawConnection(databasePath, await dataKeyHex(dir));
    db.pragma(`user_version = ${migrations.length + 5}`);
    db.close();
    const before = readFileSync(databasePath);

    const session = sessionIn(dir);
    await expect(unlock(session, PASSPHRASE)).rejects.toMatchObject({
      code: 'DATABASE_TOO_NEW',
      message: expect.stringMatching(/newer version of SENCO Desk.*Nothing in the vault has been changed/),
    });
    expect((await session.status()).state).toBe('locked');
    expect(readFileSync(databasePath).equals(before)).toBe(true);
  });
});
