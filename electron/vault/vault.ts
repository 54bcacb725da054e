import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describeWait, nextUnlockAllowedAt } from '../../shared/rules/unlockBackoff';
import { AppFailure } from '../failure';
import { SCRYPT, randomKey, stretchPassphrase } from './crypto';
import type { DeviceKeychain } from './keychain';
import { openPassphraseSlot, openRecoverySlot, unwrapDataKey } from './slots';
import {
  type FailedUnlock,
  type PassphraseSlot,
  type VaultFile,
  type VaultFileContent,
  readVaultFile,
  vaultChecksum,
  withChecksum,
  writeVaultFile,
} from './vaultFile';

export const VAULT_FILE_NAME = 'senco.vault';
export const DATABASE_FILE_NAME = 'senco.db';

export interface OpenedSlot {
  slot: PassphraseSlot;
  /** 32 bytes; the caller owns it and zeroes it. */
  masterKey: Buffer;
}

const recoveryHint = 'Use the recovery key from the emergency kit to open the vault on this computer.';

/** The key slots of one school's vault, in a folder beside its database, and this computer's keychain. */
export class Vault {
  readonly vaultPath: string;
  readonly databasePath: string;

  constructor(
    readonly dir: string,
    private readonly keychain: DeviceKeychain | null,
  ) {
    this.vaultPath = join(dir, VAULT_FILE_NAME);
    this.databasePath = join(dir, DATABASE_FILE_NAME);
  }

  read(): VaultFile | null {
    return readVaultFile(this.vaultPath);
  }

  /** The file, or the failure the person sees when there is none. */
  require(): VaultFile {
    const file = this.read();
    if (!file) throw new AppFailure('NO_VAULT', 'There is no vault here yet. Create a school vault first.');
    return file;
  }

  exists(): boolean {
    return existsSync(this.vaultPath);
  }

  write(content: VaultFileContent): VaultFile {
    return writeVaultFile(this.vaultPath, withChecksum(content));
  }

  /** Reads, changes and writes the file in one step (all synchronous: safe inside a transaction). */
  update(change: (file: VaultFileContent) => VaultFileContent): VaultFile {
    return this.write(change(this.require()));
  }

  keychainAvailable(): Promise<boolean> {
    return this.keychain ? this.keychain.available() : Promise.resolve(false);
  }

  /** Stores a fresh device secret for this vault in this computer's keychain. */
  async bindToThisComputer(vaultId: string): Promise<Buffer> {
    if (!this.keychain || !(await this.keychain.available())) {
      throw new AppFailure('KEYCHAIN_UNAVAILABLE', 'This computer has no keychain that SENCO Desk can use.');
    }
    const secret = randomKey();
    await this.keychain.write(vaultId, secret);
    return secret;
  }

  /** Removes a device secret this computer no longer needs (a vault whose creation failed). */
  async unbind(vaultId: string): Promise<void> {
    await this.keychain?.remove(vaultId).catch(() => undefined);
  }

  /** This computer's share of every passphrase slot's key: empty for a passphrase-only vault. */
  async deviceSecret(file: Pick<VaultFile, 'vaultId' | 'binding'>): Promise<Buffer> {
    if (file.binding === 'passphrase-only') return Buffer.alloc(0);
    const unreachable = () =>
      new AppFailure(
        'KEYCHAIN_UNAVAILABLE',
        `This vault is bound to a laptop's keychain, and the keychain on this computer cannot be reached. ${recoveryHint}`,
      );
    if (!this.keychain) throw unreachable();
    const secret = await this.keychain.read(file.vaultId).catch(() => {
      throw unreachable();
    });
    if (!secret) {
      throw new AppFailure(
        'DEVICE_NOT_BOUND',
        "This computer's keychain does not hold this vault's key. That happens on a new laptop or with a restored copy. " +
          recoveryHint,
      );
    }
    return secret;
  }

  /**
   * Every passphrase slot the passphrase opens (usually one; two staff could
   * share a passphrase, and the name decides). One scrypt, whichever account.
   */
  async openWithPassphrase(passphrase: string, now: Date): Promise<{ file: VaultFile; opened: OpenedSlot[] }> {
    const file = this.checked(now);
    const waitUntil = nextUnlockAllowedAt(file.failedUnlocks.filter((f) => f.reason === 'wrong-passphrase'));
    if (waitUntil && new Date(waitUntil) > now) {
      const seconds = Math.ceil((new Date(waitUntil).getTime() - now.getTime()) / 1000);
      throw new AppFailure(
        'TOO_MANY_ATTEMPTS',
        `Too many wrong passphrases in a row. Wait ${describeWait(seconds)} before trying again, or use the recovery key.`,
      );
    }
    const secret = await this.deviceSecret(file);
    const stretched = await stretchPassphrase(passphrase, Buffer.from(file.passphraseKdf.salt, 'base64'));
    try {
      const opened: OpenedSlot[] = [];
      for (const slot of file.slots) {
        if (slot.kind !== 'passphrase') continue;
        const masterKey = openPassphraseSlot(file, slot, stretched, secret);
        if (masterKey) opened.push({ slot, masterKey });
      }
      if (opened.length === 0) throw this.wrongPassphrase(now);
      return { file, opened };
    } finally {
      stretched.fill(0);
      secret.fill(0);
    }
  }

  /** The master key from the recovery slot. No waiting: the recovery key always works. */
  openWithRecoveryKey(recoveryKey: Buffer, now: Date): { file: VaultFile; masterKey: Buffer } {
    const file = this.checked(now);
    for (const slot of file.slots) {
      if (slot.kind !== 'recovery') continue;
      const masterKey = openRecoverySlot(file.vaultId, slot, recoveryKey);
      if (masterKey) return { file, masterKey };
    }
    this.recordFailure('wrong-recovery-key', now);
    throw new AppFailure(
      'WRONG_RECOVERY_KEY',
      'That recovery key does not open this vault. Check it against the emergency kit for this school.',
    );
  }

  /** The data keys the master key unwraps: the current one, and the next while a rotation is under way. */
  dataKeys(file: VaultFile, masterKey: Buffer): Buffer[] {
    const current = unwrapDataKey(file.vaultId, masterKey, file.dataKey);
    if (!current) throw tampered();
    const next = file.nextDataKey ? unwrapDataKey(file.vaultId, masterKey, file.nextDataKey) : null;
    return next ? [current, next] : [current];
  }

  /** A mistyped passphrase: remembered in the file until the next unlock writes it into the audit log. */
  wrongPassphrase(now: Date): AppFailure {
    this.recordFailure('wrong-passphrase', now);
    return new AppFailure('WRONG_PASSPHRASE', 'That name and passphrase do not match an account. Check Caps Lock and try again.');
  }

  recordFailure(reason: FailedUnlock['reason'], now: Date): void {
    const file = this.require();
    writeVaultFile(this.vaultPath, { ...file, failedUnlocks: [...file.failedUnlocks, { at: now.toISOString(), reason }] });
  }

  /** After a successful unlock has written the failures into the audit log. */
  takeFailedUnlocks(): FailedUnlock[] {
    const file = this.require();
    if (file.failedUnlocks.length > 0) writeVaultFile(this.vaultPath, { ...file, failedUnlocks: [] });
    return file.failedUnlocks;
  }

  /** The file, refused before any key is tried if it is not as SENCO Desk wrote it. */
  private checked(now: Date): VaultFile {
    const file = this.require();
    const { N, r, p } = file.passphraseKdf;
    if (vaultChecksum(file) !== file.checksum || N !== SCRYPT.N || r !== SCRYPT.r || p !== SCRYPT.p) {
      this.recordFailure('damaged-slot', now);
      throw tampered();
    }
    return file;
  }
}

const tampered = () =>
  new AppFailure(
    'VAULT_TAMPERED',
    'The key slots in the vault file have been changed or damaged, so they cannot be used. ' +
      'The vault has not been opened and nothing in it has changed. Restore the vault file from your backup.',
  );
