import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../failure';
import { openPassphraseSlot, type PassphraseSlot } from './keySlot';
import { readVaultFile, writeVaultFile, type FailedUnlock, type VaultFile } from './vaultFile';

export const VAULT_FILE_NAME = 'senco.vault';
export const DATABASE_FILE_NAME = 'senco.db';

export interface OpenedSlot {
  vaultId: string;
  slot: PassphraseSlot;
  /** 32 bytes. The caller zeroes it as soon as the database is open. */
  dataKey: Buffer;
  /** Failed attempts since the last unlock, to be written into the audit log. */
  failedUnlocks: FailedUnlock[];
}

/** The key slots of one school's vault, kept in a folder beside its database. */
export class Vault {
  readonly vaultPath: string;
  readonly databasePath: string;

  constructor(readonly dir: string) {
    this.vaultPath = join(dir, VAULT_FILE_NAME);
    this.databasePath = join(dir, DATABASE_FILE_NAME);
  }

  read(): VaultFile | null {
    return readVaultFile(this.vaultPath);
  }

  exists(): boolean {
    return existsSync(this.vaultPath);
  }

  write(file: VaultFile): void {
    writeVaultFile(this.vaultPath, file);
  }

  /**
   * Finds the slot the passphrase opens. A wrong passphrase is recorded in the
   * vault file (the database is closed, so the audit log cannot take it yet).
   */
  async openWithPassphrase(passphrase: string, now: Date): Promise<OpenedSlot> {
    const file = this.read();
    if (!file) throw new AppFailure('NO_VAULT', 'There is no vault here yet. Create a school vault first.');
    let damaged = false;
    for (const slot of file.slots) {
      const outcome = await openPassphraseSlot(file.vaultId, slot, passphrase);
      if (outcome.kind === 'key') {
        return { vaultId: file.vaultId, slot, dataKey: outcome.dataKey, failedUnlocks: file.failedUnlocks };
      }
      if (outcome.kind === 'damaged') damaged = true;
    }
    const reason = damaged ? 'damaged-slot' : 'wrong-passphrase';
    this.write({ ...file, failedUnlocks: [...file.failedUnlocks, { at: now.toISOString(), reason }] });
    if (damaged) {
      throw new AppFailure(
        'VAULT_TAMPERED',
        'The key slot in the vault file has been changed or damaged, so it cannot be used. ' +
          'The vault has not been opened and nothing in it has changed. Restore the vault file from your backup.',
      );
    }
    throw new AppFailure('WRONG_PASSPHRASE', 'That passphrase is not right. Check Caps Lock and try again.');
  }

  /** After a successful unlock has written the failures into the audit log. */
  clearFailedUnlocks(): void {
    const file = this.read();
    if (file && file.failedUnlocks.length > 0) this.write({ ...file, failedUnlocks: [] });
  }
}
