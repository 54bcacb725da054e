import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId as mainThreadId } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open';
import { type RekeyProgress, RekeyError, rekeyDatabase } from '../../electron/db/rekey';
import { appendAudit } from '../../electron/db/repositories/auditLog';
import { rawConnection, tempDirs } from '../support/tempVault';

const fresh = tempDirs();
const PUPILS = 20_000;
const AUDIT_ROWS = 300;

const forenames = ['Amara', 'Ben', 'Chloe', 'Dev', 'Ella', 'Finn', 'Grace', 'Hamza', 'Isla', 'Jack', 'Kai', 'Lily'];
const surnames = ['Ahmed', 'Brown', 'Clarke', 'Davies', 'Evans', 'Fox', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan'];

/** A closed, encrypted, migrated database full of synthetic pupil-like rows and an audit log. */
function filledDatabase(): { file: string; key: Buffer } {
  const file = join(fresh(), 'senco.db');
  const key = randomBytes(32);
  const db = openDatabase({ file, dataKey: key });
  db.exec(`
    CREATE TABLE pupil_fixture (
      id INTEGER PRIMARY KEY, upn TEXT NOT NULL, forename TEXT NOT NULL, surname TEXT NOT NULL,
      date_of_birth TEXT NOT NULL, need TEXT, note TEXT
    ) STRICT;
    CREATE INDEX pupil_fixture_name ON pupil_fixture (surname, forename);
  `);
  const insert = db.prepare(
    'INSERT INTO pupil_fixture (upn, forename, surname, date_of_birth, need, note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 0; i < PUPILS; i++) {
      const forename = forenames[i % forenames.length] ?? 'Sam';
      const surname = surnames[(i * 7) % surnames.length] ?? 'Smith';
      const dob = `20${String(10 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      insert.run(`A${String(820000000000 + i)}`, forename, surname, dob, i % 5 === 0 ? 'SEMH' : 'SLCN', `Reviewed termly; pupil ${i}.`);
    }
  })();
  db.transaction(() => {
    for (let i = 0; i < AUDIT_ROWS; i++) {
      appendAudit(db, {
        at: new Date(Date.UTC(2026, 8, 1, 9, 0, i)).toISOString(),
        actorId: 'staff-1',
        action: 'pupil.viewed',
        subject: `pupil-${i % PUPILS}`,
        detail: { n: i },
      });
    }
  })();
  db.close();
  return { file, key };
}

/** A hash of the schema and of every row of every table, in rowid order. */
function checksum(db: BetterSqlite3.Database): { hash: string; rows: number } {
  const hash = createHash('sha256');
  let rows = 0;
  const schema = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
  hash.update(JSON.stringify(schema));
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) {
      hash.update(JSON.stringify(row));
      rows++;
    }
  }
  return { hash: hash.digest('hex'), rows };
}

function contentOf(file: string, key: Buffer): { hash: string; rows: number } {
  const db = rawConnection(file, key.toString('hex'));
  try {
    return checksum(db);
  } finally {
    db.close();
  }
}

/** Every file in the folder with a hash of its bytes, so a refusal can be shown to have written nothing. */
function snapshot(file: string): Record<string, string> {
  const dir = join(file, '..');
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}

function expectNoKeyIn(error: unknown, ...keys: Buffer[]): void {
  const text = String((error as Error).message) + String((error as Error).stack);
  for (const key of keys) {
    expect(text).not.toContain(key.toString('hex'));
  }
}

describe('rekeying the database', () => {
  it('re-encrypts every page with the new key, keeps every row, and reports each step', async () => {
    const { file, key: oldKey } = filledDatabase();
    const before = contentOf(file, oldKey);
    expect(before.rows).toBeGreaterThanOrEqual(PUPILS + AUDIT_ROWS);
    const newKey = randomBytes(32);
    const callerOld = Buffer.from(oldKey);
    const callerNew = Buffer.from(newKey);
    const progress: RekeyProgress[] = [];

    const result = await rekeyDatabase({ file, oldKey, newKey, onProgress: (p) => progress.push(p) });

    expect(result.integrity).toBe('ok');
    expect(result.pages).toBe(readFileSync(file).length / 4096);
    // The caller's buffers are its own to zero: they are neither detached nor changed.
    expect(oldKey.equals(callerOld)).toBe(true);
    expect(newKey.equals(callerNew)).toBe(true);

    expect(progress).toEqual([
      { step: 'checking', done: 1, total: 5, message: 'Checking the database (step 1 of 5)' },
      { step: 'preparing', done: 2, total: 5, message: 'Preparing the database (step 2 of 5)' },
      { step: 're-encrypting', done: 3, total: 5, message: 'Re-encrypting the database (step 3 of 5)' },
      { step: 'verifying', done: 4, total: 5, message: 'Verifying the database with the new key (step 4 of 5)' },
      { step: 'finishing', done: 5, total: 5, message: 'Finishing (step 5 of 5)' },
    ]);

    expect(contentOf(file, newKey)).toEqual(before);
    const db = rawConnection(file, newKey.toString('hex'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
    expect(existsSync(`${file}-journal`)).toBe(false);

    const stale = rawConnection(file, oldKey.toString('hex'));
    try {
      expect(() => stale.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(
        expect.objectContaining({ code: 'SQLITE_NOTADB', message: 'file is not a database' }),
      );
    } finally {
      stale.close();
    }

    // The app's own way in works with the new key.
    openDatabase({ file, dataKey: newKey }).close();
  });

  it('runs in a worker thread, not on the thread that called it', async () => {
    const { file, key } = filledDatabase();
    const result = await rekeyDatabase({ file, oldKey: key, newKey: randomBytes(32) });
    expect(result.threadId).toBeGreaterThan(0);
    expect(result.threadId).not.toBe(mainThreadId);
  });

  it('refuses a damaged database before rewriting anything', async () => {
    const { file, key } = filledDatabase();
    const bytes = readFileSync(file);
    const pages = bytes.length / 4096;
    const at = Math.floor(pages / 2) * 4096 + 200;
    bytes[at] = (bytes[at] ?? 0) ^ 0x40;
    writeFileSync(file, bytes);
    const before = snapshot(file);
    const newKey = randomBytes(32);

    const error = await rekeyDatabase({ file, oldKey: key, newKey }).catch((e: unknown) => e);

    expect(snapshot(file)).toEqual(before);
    expect(error).toBeInstanceOf(RekeyError);
    expect(error).toMatchObject({
      step: 'checking',
      fileKey: 'old',
      message: expect.stringMatching(/failed its integrity check, so it was not re-encrypted.*Nothing has been changed/),
    });
    expectNoKeyIn(error, key, newKey);
  });

  it('refuses a wrong current key with a clear message and leaves the file byte-identical', async () => {
    const { file, key } = filledDatabase();
    const before = snapshot(file);
    const wrongKey = randomBytes(32);
    const newKey = randomBytes(32);

    const error = await rekeyDatabase({ file, oldKey: wrongKey, newKey }).catch((e: unknown) => e);

    expect(snapshot(file)).toEqual(before);
    expect(error).toBeInstanceOf(RekeyError);
    expect(error).toMatchObject({
      step: 'checking',
      fileKey: 'old',
      message: expect.stringMatching(/current data key does not open the database file.*Nothing has been changed/),
    });
    expectNoKeyIn(error, key, wrongKey, newKey);
    expect(contentOf(file, key).rows).toBeGreaterThanOrEqual(PUPILS);
  });

  it('refuses keys of the wrong length, or a new key equal to the old, without starting', async () => {
    const key = randomBytes(32);
    await expect(rekeyDatabase({ file: 'unused', oldKey: key, newKey: randomBytes(16) })).rejects.toThrow(
      'Both data keys must be 32 bytes.',
    );
    await expect(rekeyDatabase({ file: 'unused', oldKey: key, newKey: Buffer.from(key) })).rejects.toThrow(
      'The new data key is the same as the current one.',
    );
  });
});
