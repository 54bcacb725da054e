import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { EventPayload } from '../../shared/contract/events';
import type { SessionInfo, VaultCreateInput, VaultStatus } from '../../shared/contract/vault';
import type { Role } from '../../shared/domain/roles';
import { assessPassphrase } from '../../shared/rules/passphrase';
import { vaultPassphraseInputs } from '../../shared/rules/passphrasePolicy';
import type { Database } from '../db/database';
import { asCorruptionFailure, openDatabase } from '../db/open';
import { appendAudit } from '../db/repositories/auditLog';
import { getSchool, insertSchool } from '../db/repositories/school';
import { insertStaffAccount, staffAccountBySlot } from '../db/repositories/staffAccounts';
import { AppFailure } from '../failure';
import type { Clock } from '../platform/platform';
import { makePassphraseSlot } from '../vault/keySlot';
import type { Vault } from '../vault/vault';

export type LockReason = EventPayload<'vaultLocked'>['reason'];

interface OpenSession {
  db: Database;
  info: SessionInfo;
}

export interface SessionDeps {
  vault: Vault;
  clock: Clock;
  nativeBinding?: string | undefined;
  /** Told after every lock, so the window can drop what it shows at once. */
  onLocked?(reason: LockReason): void;
}

/**
 * Who is signed in and the open database. Locked, it holds no key and no
 * connection: everything that needs data asks `db()` and is refused.
 */
export class SessionService {
  private open: OpenSession | null = null;
  // Key derivation takes about a second; a double click must not open two connections.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SessionDeps) {}

  status(): VaultStatus {
    if (this.open) return { state: 'unlocked', session: this.open.info };
    const file = this.deps.vault.read();
    return file ? { state: 'locked', vaultId: file.vaultId } : { state: 'none' };
  }

  isUnlocked(): boolean {
    return this.open !== null;
  }

  current(): SessionInfo {
    return this.require().info;
  }

  db(): Database {
    return this.require().db;
  }

  create(input: VaultCreateInput): Promise<SessionInfo> {
    return this.serially(() => this.createNow(input));
  }

  unlock(passphrase: string): Promise<SessionInfo> {
    return this.serially(() => this.unlockNow(passphrase));
  }

  /** Records the lock, closes the connection and forgets the session. Safe to call when locked. */
  lock(reason: LockReason): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    try {
      open.db.transaction(() => this.audit(open.db, open.info.user.id, 'vault.locked', { reason }))();
    } finally {
      open.db.close();
      this.deps.onLocked?.(reason);
    }
  }

  private async createNow(input: VaultCreateInput): Promise<SessionInfo> {
    const { vault } = this.deps;
    if (vault.exists()) throw new AppFailure('VAULT_EXISTS', 'A school vault already exists here. Unlock it instead.');
    if (existsSync(vault.databasePath)) {
      throw new AppFailure(
        'VAULT_EXISTS',
        `There is a SENCO Desk database in ${vault.dir} but its vault file is missing. SENCO Desk will not overwrite it: ` +
          'restore the vault file (senco.vault) from your backup.',
      );
    }
    if (input.passphrase !== input.passphraseConfirm) {
      throw new AppFailure('PASSPHRASE_MISMATCH', 'The two passphrases are not the same. Type them again.');
    }
    const verdict = assessPassphrase(input.passphrase, vaultPassphraseInputs(input));
    if (!verdict.acceptable) throw new AppFailure('WEAK_PASSPHRASE', verdict.problems.join(' '));

    const now = this.deps.clock.now().toISOString();
    const vaultId = randomUUID();
    const accountId = randomUUID();
    const dataKey = randomBytes(32);
    try {
      const slot = await makePassphraseSlot(vaultId, accountId, input.passphrase, dataKey);
      // Built under a temporary name and renamed once the vault file is safe, so an interrupted
      // create leaves nothing that looks like a school's database.
      const building = `${vault.databasePath}.creating`;
      removeDatabaseFiles(building);
      const db = openDatabase({ file: building, dataKey, nativeBinding: this.deps.nativeBinding });
      try {
        db.transaction(() => {
          insertSchool(db, { name: input.schoolName, createdAt: now });
          insertStaffAccount(db, { id: accountId, displayName: input.sencoName, role: 'senco', slotId: slot.id, createdAt: now });
          this.audit(db, accountId, 'vault.created', { vaultId });
        })();
      } finally {
        db.close();
      }
      vault.write({ app: 'senco-desk', format: 1, vaultId, createdAt: now, slots: [slot], failedUnlocks: [] });
      renameSync(building, vault.databasePath);
      return this.start(vaultId, slot.id, dataKey, () => this.audit(this.db(), accountId, 'vault.unlocked', {}));
    } finally {
      dataKey.fill(0);
    }
  }

  private async unlockNow(passphrase: string): Promise<SessionInfo> {
    if (this.open) throw new AppFailure('ALREADY_UNLOCKED', 'The vault is already unlocked. Lock it first to sign in as someone else.');
    const { vault, clock } = this.deps;
    const opened = await vault.openWithPassphrase(passphrase, clock.now());
    try {
      // A create interrupted after the vault file was written left the database under its building name.
      const building = `${vault.databasePath}.creating`;
      if (!existsSync(vault.databasePath) && existsSync(building)) renameSync(building, vault.databasePath);
      if (!existsSync(vault.databasePath)) {
        throw new AppFailure(
          'VAULT_UNREADABLE',
          `The database file (senco.db) is missing from ${vault.dir}. Nothing has been changed. Restore it from your backup.`,
        );
      }
      const info = this.start(opened.vaultId, opened.slot.id, opened.dataKey, () => {
        const db = this.db();
        const account = this.current().user.id;
        for (const failure of opened.failedUnlocks) {
          this.audit(db, null, 'vault.unlock-failed', { reason: failure.reason }, failure.at);
        }
        this.audit(db, account, 'vault.unlocked', {});
      });
      vault.clearFailedUnlocks();
      return info;
    } finally {
      opened.dataKey.fill(0);
    }
  }

  /** Opens the database and signs the slot's account in; `record` runs in the first transaction. */
  private start(vaultId: string, slotId: string, dataKey: Buffer, record: () => void): SessionInfo {
    const db = openDatabase({ file: this.deps.vault.databasePath, dataKey, nativeBinding: this.deps.nativeBinding });
    try {
      const account = staffAccountBySlot(db, slotId);
      if (!account) throw new AppFailure('VAULT_UNREADABLE', 'This passphrase belongs to an account the vault no longer has.');
      const info: SessionInfo = {
        vaultId,
        schoolName: getSchool(db).name,
        user: { id: account.id, name: account.displayName, role: account.role satisfies Role },
      };
      this.open = { db, info };
      db.transaction(record)();
      return info;
    } catch (error) {
      this.open = null;
      db.close();
      throw asCorruptionFailure(error);
    }
  }

  private audit(db: Database, actorId: string | null, action: string, detail: Record<string, string>, at?: string): void {
    appendAudit(db, { at: at ?? this.deps.clock.now().toISOString(), actorId, action, detail });
  }

  private require(): OpenSession {
    if (!this.open) throw new AppFailure('LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.open;
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}
