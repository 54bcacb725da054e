import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/domain/roles';
import { describeWait, nextUnlockAllowedAt } from '../../shared/rules/unlockBackoff';
import { approvalFailuresSinceSuccess } from '../db/repositories/disclosureRegister';
import { activeStaffAccountByName } from '../db/repositories/staffAccounts';
import { AppFailure } from '../failure';
import type { SessionService } from '../services/session';
import { stretchPassphrase } from '../vault/crypto';
import { openPassphraseSlot } from '../vault/slots';

/** REFERENCE §5 item 8: the second person is the headteacher or the DSL. */
export const APPROVER_ROLES: readonly Role[] = ['headteacher', 'dsl'];
/** Long enough to save the file, short enough that an approval left on screen soon stops working. */
const APPROVAL_MINUTES = 10;

interface Approval {
  approverId: string;
  role: Role;
  requesterId: string;
  digest: string;
  expiresAt: number;
}

/**
 * The second person's approval, given on the same laptop without signing the
 * requester out: their name and passphrase are checked against their own key
 * slot, and the approval is a one-time token bound to the digest of that one
 * request by that one requester. Tokens live in memory only: a lock drops them.
 */
export class Approvals {
  private readonly given = new Map<string, Approval>();

  constructor(private readonly session: SessionService) {
    session.whenLocked(() => this.given.clear());
  }

  async approve(digest: string, approverName: string, passphrase: string): Promise<{ token: string; approverName: string; expiresAt: string }> {
    const { db, user } = this.session.open();
    const now = this.session.now();
    const waitUntil = nextUnlockAllowedAt(approvalFailuresSinceSuccess(db));
    if (waitUntil && new Date(waitUntil) > now) {
      this.refuse('waiting', null);
      throw new AppFailure(
        'TOO_MANY_ATTEMPTS',
        `Too many wrong passphrases for an approval. Wait ${describeWait((Date.parse(waitUntil) - now.getTime()) / 1000)} before trying again.`,
      );
    }
    const account = activeStaffAccountByName(db, approverName);
    if (!(await this.passphraseOpensSlot(account?.id ?? null, passphrase))) {
      this.record('disclosure.approval-failed', { reason: 'wrong-passphrase' });
      throw new AppFailure('WRONG_PASSPHRASE', 'That name and passphrase do not match an account. Check Caps Lock and try again.');
    }
    // The passphrase matched, so the account exists.
    const approver = account!;
    if (approver.id === user.id) {
      this.refuse('requester', approver.id);
      throw new AppFailure('NOT_ALLOWED', 'The person who approves must not be the person sharing the records. Ask the headteacher or the DSL.');
    }
    if (!APPROVER_ROLES.includes(approver.role)) {
      this.refuse('role', approver.id);
      throw new AppFailure('NOT_ALLOWED', `${approver.displayName} cannot approve a disclosure: only the headteacher or the DSL can.`);
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = now.getTime() + APPROVAL_MINUTES * 60_000;
    this.given.set(token, { approverId: approver.id, role: approver.role, requesterId: user.id, digest, expiresAt });
    this.record('disclosure.approved', { approverId: approver.id, request: digest });
    return { token, approverName: approver.displayName, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** The approver for this request, or a refusal (recorded) if the token is not for it. */
  check(token: string, digest: string): { userId: string; role: Role } {
    const { user } = this.session.open();
    const approval = this.given.get(token);
    const fits =
      approval && approval.digest === digest && approval.requesterId === user.id && approval.expiresAt > this.session.now().getTime();
    if (!fits) {
      this.record('disclosure.approval-rejected', { reason: approval ? 'other-request' : 'unknown' });
      throw new AppFailure(
        'NOT_ALLOWED',
        'That approval was given for a different request, or it has expired. Ask the approver to approve this request.',
      );
    }
    return { userId: approval.approverId, role: approval.role };
  }

  /** Once a decision made with it is recorded, an approval is spent. */
  spend(token: string): void {
    this.given.delete(token);
  }

  /** One scrypt whatever happens, so a missing name takes as long as a wrong passphrase. */
  private async passphraseOpensSlot(accountId: string | null, passphrase: string): Promise<boolean> {
    const { vault } = this.session;
    const file = vault.require();
    const secret = await vault.deviceSecret(file);
    const stretched = await stretchPassphrase(passphrase, Buffer.from(file.passphraseKdf.salt, 'base64'));
    try {
      const slot = file.slots.find((s) => s.kind === 'passphrase' && s.accountId === accountId);
      const masterKey = slot?.kind === 'passphrase' ? openPassphraseSlot(file, slot, stretched, secret) : null;
      masterKey?.fill(0);
      return masterKey !== null;
    } finally {
      stretched.fill(0);
      secret.fill(0);
    }
  }

  private refuse(reason: string, approverId: string | null): void {
    this.record('disclosure.approval-refused', { reason, approverId });
  }

  private record(action: string, detail: Record<string, string | null>): void {
    const db = this.session.db();
    db.transaction(() => this.session.audit({ action, detail }))();
  }
}
