import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach } from 'vitest';
import { SessionService } from '../../electron/services/session';
import { openPassphraseSlot } from '../../electron/vault/keySlot';
import { Vault } from '../../electron/vault/vault';

export const PASSPHRASE = 'violet tractor harbour minnow';
export const SCHOOL = 'Oakfield Primary School';
export const SENCO = 'Priya Shah';

/** A fresh folder under the OS temp dir; `cleanup()` removes it. */
export function tempDir(prefix = 'senco-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For a test file: `const fresh = tempDirs()` gives a new empty folder per
 * call, each removed after the test that made it.
 */
export function tempDirs(): () => string {
  const made: (() => void)[] = [];
  afterEach(() => made.splice(0).forEach((cleanup) => cleanup()));
  return () => {
    const t = tempDir();
    made.push(t.cleanup);
    return t.dir;
  };
}

export class TestClock {
  constructor(private instant = new Date('2026-11-29T09:00:00Z')) {}
  now(): Date {
    return new Date(this.instant);
  }
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}

export function sessionIn(dir: string, clock = new TestClock()): SessionService {
  return new SessionService({ vault: new Vault(dir), clock });
}

export async function createVault(dir: string, clock = new TestClock()): Promise<SessionService> {
  const session = sessionIn(dir, clock);
  await session.create({ schoolName: SCHOOL, sencoName: SENCO, passphrase: PASSPHRASE, passphraseConfirm: PASSPHRASE });
  return session;
}

/** The data key, recovered the way an IT technician with the passphrase could: through the real slot. */
export async function dataKeyHex(dir: string, passphrase = PASSPHRASE): Promise<string> {
  const file = new Vault(dir).read();
  if (!file) throw new Error('no vault file');
  for (const slot of file.slots) {
    const outcome = await openPassphraseSlot(file.vaultId, slot, passphrase);
    if (outcome.kind === 'key') return outcome.dataKey.toString('hex');
  }
  throw new Error('passphrase opens no slot');
}

/** A second, independent connection, keyed the way a standard SQLCipher 4 tool is. */
export function rawConnection(file: string, keyHex: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(file);
  db.exec(`PRAGMA cipher = 'sqlcipher'; PRAGMA legacy = 4; PRAGMA key = "x'${keyHex}'";`);
  return db;
}
