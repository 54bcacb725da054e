import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkConfirmation, formatRecoveryKey } from '../../shared/rules/recoveryKey';
import { londonDate } from '../../shared/rules/schoolDate';
import { renderEmergencyKit } from '../documents/emergencyKit';
import { getSchool, setRecoveryConfirmed } from '../db/repositories/school';
import { AppFailure } from '../failure';
import type { Platform } from '../platform/platform';
import { randomKey } from '../vault/crypto';
import { makeRecoverySlot } from '../vault/slots';
import type { SessionService } from './session';

/**
 * The recovery key: made at vault creation or on request, shown once, saved
 * as a printable emergency kit, and confirmed by re-typing part of it. Main
 * keeps the key only until it is confirmed or the vault locks.
 */
export class RecoveryKitService {
  constructor(
    private readonly session: SessionService,
    private readonly platform: Platform,
  ) {}

  /** A new recovery key replaces the old slot: the old kit stops working at once. */
  renew(): { recoveryKey: string[] } {
    const open = this.session.open();
    const recoveryKey = randomKey();
    const slot = makeRecoverySlot(open.vaultId, recoveryKey, open.masterKey);
    open.db.transaction(() => {
      setRecoveryConfirmed(open.db, null);
      this.session.audit({ action: 'recovery.key-renewed' });
      this.session.vault.update((file) => ({ ...file, slots: [...file.slots.filter((s) => s.kind !== 'recovery'), slot] }));
    })();
    open.pendingRecoveryKey?.fill(0);
    open.pendingRecoveryKey = recoveryKey;
    return { recoveryKey: formatRecoveryKey(recoveryKey) };
  }

  async saveKit(): Promise<{ saved: boolean; fileName: string | null }> {
    const open = this.session.open();
    const key = this.pending();
    const path = await this.platform.dialogs.saveFile({
      title: 'Save the emergency kit',
      defaultFileName: 'SENCO Desk emergency kit.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    if (!path) return { saved: false, fileName: null };
    const file = this.session.vault.require();
    const now = this.session.now();
    const html = renderEmergencyKit({
      schoolName: getSchool(open.db).name,
      vaultId: open.vaultId,
      createdOn: londonDate(new Date(file.createdAt)),
      recoveryKeyGroups: formatRecoveryKey(key),
      printedBy: open.user.displayName,
      printedAt: now.toISOString(),
      // Recovery is refused in the demo today (ipc/demoGuard.ts); should that change, its kit must say DEMO.
      demo: this.session.isDemo(),
    });
    const pdf = await this.platform.printToPdf(html, { landscape: false });
    writeFileSync(path, pdf, { mode: 0o600 });
    this.session.db().transaction(() => this.session.audit({ action: 'recovery.kit-saved' }))();
    return { saved: true, fileName: basename(path) };
  }

  /** At least two groups, re-typed from what the SENCO recorded. */
  confirm(answers: Record<string, string>): { ok: boolean; wrongGroups: number[] } {
    const open = this.session.open();
    const groups = formatRecoveryKey(this.pending());
    const numbered = Object.fromEntries(Object.entries(answers).map(([group, text]) => [Number(group), text]));
    const asked = Object.keys(numbered).map(Number);
    if (new Set(asked).size < 2 || asked.some((g) => !Number.isInteger(g) || g < 1 || g > groups.length)) {
      throw new AppFailure('INVALID_INPUT', `Type two different groups of the key, numbered 1 to ${groups.length}.`);
    }
    const result = checkConfirmation(groups, numbered);
    if (!result.ok) return { ok: false, wrongGroups: result.wrong };
    open.db.transaction(() => {
      setRecoveryConfirmed(open.db, this.session.now().toISOString());
      this.session.audit({ action: 'recovery.key-confirmed' });
    })();
    open.pendingRecoveryKey?.fill(0);
    open.pendingRecoveryKey = null;
    return { ok: true, wrongGroups: [] };
  }

  private pending(): Buffer {
    const key = this.session.open().pendingRecoveryKey;
    if (!key) {
      throw new AppFailure(
        'NOT_ALLOWED',
        'A recovery key is shown only once, and this one is no longer held. Make a new recovery key instead.',
      );
    }
    return key;
  }
}
