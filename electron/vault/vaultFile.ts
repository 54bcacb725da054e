import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../failure';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const sealed = z.object({ iv: base64, ciphertext: base64, tag: base64 });

/** A staff account's copy of the master key, under its passphrase (and this laptop's device secret). */
const passphraseSlot = z.object({ id: z.uuid(), kind: z.literal('passphrase'), accountId: z.uuid(), sealed });
/** The school's copy of the master key, under the recovery key of the emergency kit. */
const recoverySlot = z.object({ id: z.uuid(), kind: z.literal('recovery'), salt: base64, sealed });
/** The database key, under the master key; `nextDataKey` exists only while a rotation is under way. */
const wrappedDataKey = z.object({ id: z.uuid(), sealed });
const failedUnlock = z.object({
  at: z.string(),
  reason: z.enum(['wrong-passphrase', 'wrong-recovery-key', 'damaged-slot']),
});

/**
 * The small file beside the database. It holds no personal data: ids,
 * wrapped keys, and the times of failed unlocks, which wait here until the
 * next unlock writes them into the (encrypted) audit log.
 */
const vaultFileSchema = z.object({
  app: z.literal('senco-desk'),
  format: z.literal(1),
  vaultId: z.uuid(),
  createdAt: z.string(),
  binding: z.enum(['keychain', 'passphrase-only']),
  /** One salt for the vault, so a sign-in costs one scrypt whichever account it is. */
  passphraseKdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: base64 }),
  slots: z.array(z.discriminatedUnion('kind', [passphraseSlot, recoverySlot])).min(1),
  dataKey: wrappedDataKey,
  nextDataKey: wrappedDataKey.optional(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  failedUnlocks: z.array(failedUnlock),
});

export type VaultFile = z.infer<typeof vaultFileSchema>;
export type PassphraseSlot = z.infer<typeof passphraseSlot>;
export type RecoverySlot = z.infer<typeof recoverySlot>;
export type WrappedDataKey = z.infer<typeof wrappedDataKey>;
export type FailedUnlock = z.infer<typeof failedUnlock>;
export type VaultFileContent = Omit<VaultFile, 'checksum'>;

/**
 * SHA-256 of everything but the failure list. Not a defence (anyone can
 * recompute it; the AES-GCM tags are the defence): it tells a damaged or
 * edited file apart from a mistyped passphrase, which the tags alone cannot.
 */
export function vaultChecksum(file: VaultFileContent): string {
  const { vaultId, createdAt, binding, passphraseKdf, slots, dataKey, nextDataKey } = file;
  return createHash('sha256')
    .update(JSON.stringify([vaultId, createdAt, binding, passphraseKdf, slots, dataKey, nextDataKey ?? null]))
    .digest('hex');
}

export function readVaultFile(path: string): VaultFile | null {
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw unreadable(path);
  }
  const result = vaultFileSchema.safeParse(parsed);
  if (!result.success) throw unreadable(path);
  return result.data;
}

/** The content with its checksum. */
export const withChecksum = (content: VaultFileContent): VaultFile => ({ ...content, checksum: vaultChecksum(content) });

/**
 * Write-then-rename with fsync: a crash leaves the old file or the new one,
 * never half of either. The checksum is written as given, so recording a
 * failed unlock never "repairs" a tampered file.
 */
export function writeVaultFile(path: string, file: VaultFile): VaultFile {
  const temporary = `${path}.new`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  syncPath(temporary);
  renameSync(temporary, path);
  syncPath(dirname(path));
  return file;
}

function syncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder to fsync it; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const unreadable = (path: string) =>
  new AppFailure(
    'VAULT_UNREADABLE',
    `The vault file (${path}) is damaged or not a SENCO Desk vault file, so the vault cannot be opened. ` +
      'Nothing has been changed. Restore the vault file from your backup.',
  );
