import { describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { auditRowHash } from '../../electron/db/auditHash';
import { verifyAuditLog } from '../../electron/services/auditVerify';
import { Vault } from '../../electron/vault/vault';
import { PASSPHRASE, TestClock, createVault, dataKeyHex, rawConnection, sessionIn, tempDirs, unlock } from '../support/tempVault';

const fresh = tempDirs();

/** A vault with a history: created, locked, a failed unlock, unlocked, locked, unlocked, locked. */
async function vaultWithHistory(): Promise<{ dir: string; keyHex: string }> {
  const dir = fresh();
  const clock = new TestClock();
  const session = await createVault(dir, { clock });
  session.lock('user');
  clock.advance(60_000);
  await expect(unlock(session, 'not the passphrase at all')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  clock.advance(60_000);
  await unlock(session, PASSPHRASE);
  session.lock('os-lock');
  await unlock(session, PASSPHRASE);
  session.lock('user');
  return { dir, keyHex: await dataKeyHex(dir) };
}

function tamper(dir: string, keyHex: string, sql: (db: BetterSqlite3.Database) => void): void {
  const db = rawConnection(new Vault(dir, null).databasePath, keyHex);
  // An attacker with the key can drop the append-only triggers; the chain still shows it.
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  sql(db);
  db.close();
}

async function verify(dir: string) {
  const session = sessionIn(dir);
  await unlock(session, PASSPHRASE);
  try {
    return await verifyAuditLog(session.db());
  } finally {
    session.lock('user');
  }
}

describe('the audit log', () => {
  it('records vault creation, unlocks, failed unlocks (with when they happened) and locks, in order', async () => {
    const { dir, keyHex } = await vaultWithHistory();
    const db = rawConnection(new Vault(dir, null).databasePath, keyHex);
    const rows = db.prepare('SELECT seq, at, actor_id AS actorId, action, detail FROM audit_log ORDER BY seq').all() as {
      seq: number;
      at: string;
      actorId: string | null;
      action: string;
      detail: string;
    }[];
    db.close();
    expect(rows.map((r) => `${r.action}${r.detail === '{}' ? '' : ` ${r.detail}`}`)).toEqual([
      `vault.created {"vaultId":"${new Vault(dir, null).read()?.vaultId}","binding":"keychain"}`,
      'vault.unlocked',
      'vault.locked {"reason":"user"}',
      'vault.unlock-failed {"reason":"wrong-passphrase"}',
      'vault.unlocked',
      'vault.locked {"reason":"os-lock"}',
      'vault.unlocked',
      'vault.locked {"reason":"user"}',
    ]);
    expect(rows[3]?.at).toBe('2026-11-29T09:01:00.000Z'); // when it failed, not when it was written down
    expect(rows[3]?.actorId).toBeNull();
    expect(rows[4]?.actorId).toBe(rows[0]?.actorId);
  });

  it('refuses updates and deletes through SQL', async () => {
    const { dir, keyHex } = await vaultWithHistory();
    const db = rawConnection(new Vault(dir, null).databasePath, keyHex);
    expect(() => db.prepare("UPDATE audit_log SET action = 'x' WHERE seq = 2").run()).toThrow('append-only');
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow('append-only');
    db.close();
  });

  it('verifies as intact when nobody has touched it', async () => {
    const { dir } = await vaultWithHistory();
    // verify() unlocks once more, which appends a row of its own.
    expect(await verify(dir)).toEqual({ intact: true, rows: 9 });
  });

  it.each([
    ['an edited row', (db: BetterSqlite3.Database) => db.exec("UPDATE audit_log SET action = 'vault.unlocked' WHERE seq = 4"), 4, 'edited'],
    ['an edited actor', (db: BetterSqlite3.Database) => db.exec("UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = 5"), 5, 'edited'],
    ['a deleted row', (db: BetterSqlite3.Database) => db.exec('DELETE FROM audit_log WHERE seq = 4'), 5, 'removed'],
    ['a deleted first row', (db: BetterSqlite3.Database) => db.exec('DELETE FROM audit_log WHERE seq = 1'), 2, 'removed'],
    ['two swapped rows', swapRows(3, 6), 3, 'reordered'],
    ['an edited row whose hash was recomputed', rehashEdit(4), 4, 'edited'],
  ])('reports %s at the first row it affects', async (_case, edit, seq, problem) => {
    const { dir, keyHex } = await vaultWithHistory();
    tamper(dir, keyHex, edit);
    const result = await verify(dir);
    expect(result).toMatchObject({ intact: false, firstBadSeq: seq, problem });
    expect(result.intact === false && result.message).toMatch(new RegExp(`\\brow ${seq}\\b`, 'i'));
  });
});

function swapRows(a: number, b: number) {
  return (db: BetterSqlite3.Database) => {
    const get = db.prepare('SELECT at, actor_id, action, subject, detail, prev_hash, hash FROM audit_log WHERE seq = ?');
    const rowA = get.get(a) as Record<string, unknown>;
    const rowB = get.get(b) as Record<string, unknown>;
    const put = db.prepare(
      'UPDATE audit_log SET at = @at, actor_id = @actor_id, action = @action, subject = @subject, detail = @detail, prev_hash = @prev_hash, hash = @hash WHERE seq = @seq',
    );
    put.run({ ...rowB, seq: a });
    put.run({ ...rowA, seq: b });
  };
}

function rehashEdit(seq: number) {
  return (db: BetterSqlite3.Database) => {
    const row = db.prepare('SELECT at, actor_id AS actorId, action, subject, detail, prev_hash AS prevHash FROM audit_log WHERE seq = ?').get(seq) as {
      at: string;
      actorId: string | null;
      action: string;
      subject: string | null;
      detail: string;
      prevHash: string;
    };
    const edited = { ...row, action: 'vault.unlocked' };
    db.prepare('UPDATE audit_log SET action = ?, hash = ? WHERE seq = ?').run(edited.action, auditRowHash(row.prevHash, edited), seq);
  };
}
