import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach } from 'vitest';
import { SessionService } from '../../electron/services/session';
import { unlockWithPassphrase } from '../../electron/services/unlock';
import { createVault as createSchoolVault } from '../../electron/services/vaultCreation';
import { stretchPassphrase } from '../../electron/vault/crypto';
import type { DeviceKeychain } from '../../electron/vault/keychain';
import { openPassphraseSlot, unwrapDataKey } from '../../electron/vault/slots';
import { Vault } from '../../electron/vault/vault';
import { osKeychain } from './keychain';

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
 * call; after each test the folder goes, and so does any device secret a
 * vault in it left in the OS keychain.
 */
export function tempDirs(): () => string {
  const made: (() => void)[] = [];
  afterEach(async () => {
    for (const dir of made.splice(0)) dir();
    for (const vaultId of createdVaults.splice(0)) await osKeychain().remove(vaultId).catch(() => undefined);
  });
  return () => {
    const t = tempDir();
    made.push(t.cleanup);
    return t.dir;
  };
}

const createdVaults: string[] = [];

export class TestClock {
  constructor(private instant = new Date('2026-11-29T09:00:00Z')) {}
  now(): Date {
    return new Date(this.instant);
  }
  every(): () => void {
    return () => undefined;
  }
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}

export interface VaultOptions {
  clock?: TestClock;
  /** The real OS keychain unless a test says this computer has none (null). */
  keychain?: DeviceKeychain | null;
}

export function sessionIn(dir: string, options: VaultOptions = {}): SessionService {
  const keychain = options.keychain === undefined ? osKeychain() : options.keychain;
  return new SessionService({ vault: new Vault(dir, keychain), clock: options.clock ?? new TestClock() });
}

/** A vault as the SENCO makes it; returns the session (signed in) and the recovery key shown. */
export async function createVault(dir: string, options: VaultOptions = {}): Promise<SessionService> {
  return (await createVaultWithKey(dir, options)).session;
}

export async function createVaultWithKey(dir: string, options: VaultOptions = {}) {
  const session = sessionIn(dir, options);
  const passphraseOnly = options.keychain === null;
  const { recoveryKey } = await createSchoolVault(session, {
    schoolName: SCHOOL,
    sencoName: SENCO,
    passphrase: PASSPHRASE,
    passphraseConfirm: PASSPHRASE,
    passphraseOnly,
  });
  createdVaults.push(session.current().vaultId);
  return { session, recoveryKey };
}

/** The data key, recovered the way an IT technician with the passphrase and this laptop could: through the real slots. */
export async function dataKeyHex(dir: string, passphrase = PASSPHRASE, keychain: DeviceKeychain | null = osKeychain()): Promise<string> {
  const vault = new Vault(dir, keychain);
  const file = vault.require();
  const secret = await vault.deviceSecret(file);
  const stretched = await stretchPassphrase(passphrase, Buffer.from(file.passphraseKdf.salt, 'base64'));
  for (const slot of file.slots) {
    if (slot.kind !== 'passphrase') continue;
    const masterKey = openPassphraseSlot(file, slot, stretched, secret);
    const dataKey = masterKey && unwrapDataKey(file.vaultId, masterKey, file.dataKey);
    if (dataKey) return dataKey.toString('hex');
  }
  throw new Error('passphrase opens no slot');
}

/** A second, independent connection, keyed the way a standard SQLCipher 4 tool is. */
export function rawConnection(file: string, keyHex: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(file);
  db.exec(`PRAGMA cipher = 'sqlcipher'; PRAGMA legacy = 4; PRAGMA key = "x'${keyHex}'";`);
  return db;
}

/** Signs in as the SENCO (or whoever is named) with name and passphrase, as the unlock screen does. */
export const unlock = (session: SessionService, passphrase = PASSPHRASE, name = SENCO) =>
  unlockWithPassphrase(session, name, passphrase);
