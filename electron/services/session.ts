import type { EventPayload } from '../../shared/contract/events';
import type { SessionInfo, VaultStatus } from '../../shared/contract/vault';
import type { Role } from '../../shared/domain/roles';
import { nextUnlockAllowedAt } from '../../shared/rules/unlockBackoff';
import type { Database } from '../db/database';
import { appendAudit, type AuditEntry } from '../db/repositories/auditLog';
import { getSchool, recoveryConfirmed } from '../db/repositories/school';
import { activeStaffAccounts, type StaffAccount } from '../db/repositories/staffAccounts';
import { AppFailure } from '../failure';
import type { Clock } from '../platform/platform';
import type { Vault } from '../vault/vault';

export type LockReason = EventPayload<'vaultLocked'>['reason'];

/** An audit entry by the signed-in person, now, unless it says otherwise. */
export type SessionAuditEntry = Omit<AuditEntry, 'at' | 'actorId'> & { at?: string; actorId?: string | null };

/** Everything an unlocked vault holds in memory; all of it is dropped on lock. */
export interface OpenSession {
  db: Database;
  vaultId: string;
  user: Pick<StaffAccount, 'id' | 'displayName' | 'role'>;
  masterKey: Buffer;
  dataKey: Buffer;
  /** A recovery key shown on screen and not yet confirmed as recorded. */
  pendingRecoveryKey: Buffer | null;
}

export interface SessionDeps {
  vault: Vault;
  clock: Clock;
  nativeBinding?: string | undefined;
  /** Told after every lock, so the window can drop what it shows at once. */
  onLocked?(reason: LockReason): void;
}

/**
 * Who is signed in, with the open database and the keys. Locked, it holds
 * no key and no connection: everything that needs data asks `open()` and is
 * refused. The ways in (create, unlock, recover) live in their own modules
 * and end in `begin()`.
 */
export class SessionService {
  private session: OpenSession | null = null;
  private busyMessage: string | null = null;
  /** Services that hold personal data in memory (an import being previewed) drop it on lock. */
  private readonly lockListeners = new Set<() => void>();
  /** A lock asked for while a job had the database: it happens the moment the job ends. */
  private deferredLock: LockReason | null = null;
  // Key derivation takes about a second: a double click must not open two connections.
  private queue: Promise<unknown> = Promise.resolve();
  /** The vault the ways in open: the school's own, or the demo school's while the demo is in use. */
  private active: { vault: Vault; demo: boolean };

  constructor(readonly deps: SessionDeps) {
    this.active = { vault: deps.vault, demo: false };
  }

  get vault(): Vault {
    return this.active.vault;
  }

  /** True while the demo school is the vault in use, locked or not. */
  isDemo(): boolean {
    return this.active.demo;
  }

  /**
   * Points the session at the demo school's vault, or (null) back at the
   * school's own. Only while locked, so no connection or key of one vault
   * is ever used with the other.
   */
  useDemoVault(demo: Vault | null): void {
    if (this.session) throw new AppFailure('ALREADY_UNLOCKED', 'Lock the vault that is open first.');
    this.active = demo ? { vault: demo, demo: true } : { vault: this.deps.vault, demo: false };
  }

  now(): Date {
    return this.deps.clock.now();
  }

  async status(): Promise<VaultStatus> {
    if (this.busyMessage) return { state: 'busy', message: this.busyMessage };
    if (this.session) return { state: 'unlocked', session: this.current() };
    const file = this.vault.read();
    if (!file) return { state: 'none', keychain: (await this.vault.keychainAvailable()) ? 'available' : 'unavailable' };
    const waitUntil = nextUnlockAllowedAt(file.failedUnlocks.filter((f) => f.reason === 'wrong-passphrase'));
    return {
      state: 'locked',
      vaultId: file.vaultId,
      binding: file.binding,
      passphraseWaitUntil: waitUntil && new Date(waitUntil) > this.now() ? waitUntil : null,
      demo: this.isDemo(),
    };
  }

  isUnlocked(): boolean {
    return this.session !== null;
  }

  role(): Role | null {
    return this.session?.user.role ?? null;
  }

  /** Set while a long job (rotating the data key) has the database to itself. */
  busy(): string | null {
    return this.busyMessage;
  }

  setBusy(message: string | null): void {
    this.busyMessage = message;
    const deferred = this.deferredLock;
    if (message === null && deferred) {
      this.deferredLock = null;
      this.lock(deferred);
    }
  }

  open(): OpenSession {
    if (!this.session) throw new AppFailure('LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.session;
  }

  db(): Database {
    return this.open().db;
  }

  current(): SessionInfo {
    const { db, vaultId, user } = this.open();
    return {
      vaultId,
      schoolName: getSchool(db).name,
      user: { id: user.id, name: user.displayName, role: user.role },
      binding: this.vault.require().binding,
      recoveryKeyConfirmed: recoveryConfirmed(db),
      accountsNeedingPassphrase: activeStaffAccounts(db).filter((a) => a.needsNewPassphrase).length,
      demo: this.isDemo(),
    };
  }

  /** Makes `session` the signed-in one; `record` writes what the sign-in changes, in one transaction. */
  begin(session: OpenSession, record: (audit: (entry: SessionAuditEntry) => void) => void): SessionInfo {
    this.session = session;
    try {
      session.db.transaction(() => record((entry) => this.audit(entry)))();
      return this.current();
    } catch (error) {
      this.drop();
      throw error;
    }
  }

  /** Appends to the audit log as the signed-in person. Call inside the transaction of the change. */
  audit(entry: SessionAuditEntry): void {
    const session = this.open();
    appendAudit(session.db, {
      ...entry,
      at: entry.at ?? this.now().toISOString(),
      actorId: entry.actorId === undefined ? session.user.id : entry.actorId,
    });
  }

  /** Records the lock, closes the connection and wipes the keys. Safe to call when locked. */
  lock(reason: LockReason): void {
    const session = this.session;
    if (!session) return;
    if (this.busyMessage) {
      this.deferredLock = reason;
      return;
    }
    try {
      session.db.transaction(() => this.audit({ action: 'vault.locked', detail: { reason } }))();
    } catch {
      // A damaged database must not stop the lock itself.
    } finally {
      this.drop();
      this.deps.onLocked?.(reason);
    }
  }

  whenLocked(listener: () => void): void {
    this.lockListeners.add(listener);
  }

  /** Runs sign-in work one at a time. */
  serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private drop(): void {
    const session = this.session;
    this.session = null;
    if (!session) return;
    if (session.db.open) session.db.close();
    session.masterKey.fill(0);
    session.dataKey.fill(0);
    session.pendingRecoveryKey?.fill(0);
    for (const listener of this.lockListeners) listener();
  }
}
