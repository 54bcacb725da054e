import { randomUUID } from 'node:crypto';
import type { AccountAddInput, StaffAccountView } from '../../shared/contract/accounts';
import type { Role } from '../../shared/domain/roles';
import { getSchool } from '../db/repositories/school';
import {
  type StaffAccount,
  activeStaffAccountByName,
  activeStaffAccounts,
  countActiveWithRole,
  insertStaffAccount,
  markStaffRemoved,
  setNeedsNewPassphrase,
  setStaffRole,
  staffAccountById,
} from '../db/repositories/staffAccounts';
import { AppFailure } from '../failure';
import { stretchPassphrase } from '../vault/crypto';
import { makePassphraseSlot, openPassphraseSlot } from '../vault/slots';
import type { PassphraseSlot } from '../vault/vaultFile';
import { requireNewPassphrase } from './passphraseChecks';
import type { SessionService } from './session';

/**
 * Staff accounts: each signs in with a name and a passphrase of their own,
 * which wraps the vault's master key in a slot of its own. Every change is in
 * the audit log, written in the same transaction as the change itself, and
 * the vault file is written inside that transaction too: if it cannot be
 * written, the change rolls back.
 */
export class AccountsService {
  constructor(private readonly session: SessionService) {}

  list(): StaffAccountView[] {
    return activeStaffAccounts(this.session.db()).map((a) => this.view(a));
  }

  async add(input: AccountAddInput): Promise<StaffAccountView> {
    const db = this.session.db();
    if (activeStaffAccountByName(db, input.name)) {
      throw new AppFailure('NAME_TAKEN', `There is already an account called ${input.name}. Staff sign in by name, so each name must be different.`);
    }
    requireNewPassphrase(input, [getSchool(db).name, input.name]);
    const id = randomUUID();
    const slot = await this.slotFor(id, input.passphrase);
    this.session.db().transaction(() => {
      insertStaffAccount(db, { id, displayName: input.name, role: input.role, createdAt: this.session.now().toISOString() });
      this.session.audit({ action: 'account.added', subject: id, detail: { role: input.role } });
      this.replaceSlot(id, slot);
    })();
    return this.view(this.require(id));
  }

  setRole(accountId: string, role: Role): StaffAccountView {
    const db = this.session.db();
    const account = this.require(accountId);
    if (account.role === role) return this.view(account);
    this.keepOneSenco(account, `${account.displayName} is the only SENCO account. Make another account a SENCO first.`);
    db.transaction(() => {
      setStaffRole(db, accountId, role);
      this.session.audit({ action: 'account.role-changed', subject: accountId, detail: { from: account.role, to: role } });
    })();
    // Someone who changes their own role works under the new one from now on.
    const open = this.session.open();
    if (open.user.id === accountId) open.user = { ...open.user, role };
    return this.view(this.require(accountId));
  }

  remove(accountId: string): void {
    const db = this.session.db();
    const account = this.require(accountId);
    if (accountId === this.session.open().user.id) {
      throw new AppFailure('NOT_ALLOWED', 'You cannot remove your own account while you are signed in with it.');
    }
    this.keepOneSenco(account, `${account.displayName} is the only SENCO account, so it cannot be removed.`);
    db.transaction(() => {
      markStaffRemoved(db, accountId, this.session.now().toISOString());
      this.session.audit({ action: 'account.removed', subject: accountId, detail: { role: account.role } });
      this.replaceSlot(accountId, null);
    })();
  }

  /** The SENCO sets a new passphrase for someone who forgot theirs (or lost it in a recovery). */
  async resetPassphrase(accountId: string, input: { passphrase: string; passphraseConfirm: string }): Promise<StaffAccountView> {
    const account = this.require(accountId);
    requireNewPassphrase(input, [getSchool(this.session.db()).name, account.displayName]);
    const slot = await this.slotFor(accountId, input.passphrase);
    const db = this.session.db();
    db.transaction(() => {
      setNeedsNewPassphrase(db, [accountId], false);
      this.session.audit({ action: 'account.passphrase-reset', subject: accountId });
      this.replaceSlot(accountId, slot);
    })();
    return this.view(this.require(accountId));
  }

  /** Re-wraps the master key under the new passphrase; the database itself is not touched. */
  async changeOwnPassphrase(input: { currentPassphrase: string; passphrase: string; passphraseConfirm: string }): Promise<void> {
    const { user } = this.session.open();
    const file = this.session.vault.require();
    const current = file.slots.find((s): s is PassphraseSlot => s.kind === 'passphrase' && s.accountId === user.id);
    const secret = await this.session.vault.deviceSecret(file);
    const stretched = await stretchPassphrase(input.currentPassphrase, Buffer.from(file.passphraseKdf.salt, 'base64'));
    const opened = current ? openPassphraseSlot(file, current, stretched, secret) : null;
    stretched.fill(0);
    secret.fill(0);
    if (!opened) throw new AppFailure('WRONG_PASSPHRASE', 'Your current passphrase is not right. Nothing has been changed.');
    opened.fill(0);
    requireNewPassphrase(input, [getSchool(this.session.db()).name, user.displayName]);
    const slot = await this.slotFor(user.id, input.passphrase);
    const db = this.session.db();
    db.transaction(() => {
      this.session.audit({ action: 'account.passphrase-changed', subject: user.id });
      this.replaceSlot(user.id, slot);
    })();
  }

  private async slotFor(accountId: string, passphrase: string): Promise<PassphraseSlot> {
    const file = this.session.vault.require();
    const secret = await this.session.vault.deviceSecret(file);
    const stretched = await stretchPassphrase(passphrase, Buffer.from(file.passphraseKdf.salt, 'base64'));
    try {
      return makePassphraseSlot(file, accountId, stretched, secret, this.session.open().masterKey);
    } finally {
      stretched.fill(0);
      secret.fill(0);
    }
  }

  /** Synchronous: call inside the transaction of the change. */
  private replaceSlot(accountId: string, slot: PassphraseSlot | null): void {
    this.session.vault.update((file) => ({
      ...file,
      slots: [...file.slots.filter((s) => s.kind !== 'passphrase' || s.accountId !== accountId), ...(slot ? [slot] : [])],
    }));
  }

  private keepOneSenco(account: StaffAccount, message: string): void {
    if (account.role === 'senco' && countActiveWithRole(this.session.db(), 'senco') === 1) {
      throw new AppFailure('NOT_ALLOWED', message);
    }
  }

  private require(accountId: string): StaffAccount {
    const account = staffAccountById(this.session.db(), accountId);
    if (!account || account.removedAt) throw new AppFailure('NOT_FOUND', 'There is no such staff account. It may have been removed.');
    return account;
  }

  private view(account: StaffAccount): StaffAccountView {
    return {
      id: account.id,
      name: account.displayName,
      role: account.role,
      createdAt: account.createdAt,
      isYou: account.id === this.session.open().user.id,
      needsNewPassphrase: account.needsNewPassphrase,
    };
  }
}

