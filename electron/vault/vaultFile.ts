import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../failure';
import type { PassphraseSlot } from './keySlot';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const passphraseSlot = z.object({
  id: z.uuid(),
  kind: z.literal('passphrase'),
  accountId: z.uuid(),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: base64 }),
  iv: base64,
  ciphertext: base64,
  tag: base64,
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
}) satisfies z.ZodType<PassphraseSlot>;

const failedUnlock = z.object({ at: z.string(), reason: z.enum(['wrong-passphrase', 'damaged-slot']) });

/**
 * The small file beside the database that holds the wrapped data key. It holds
 * no personal data: ids, wrapped keys and the times of failed unlocks, which
 * wait here until the next unlock writes them into the (encrypted) audit log.
 */
const vaultFileSchema = z.object({
  app: z.literal('senco-desk'),
  format: z.literal(1),
  vaultId: z.uuid(),
  createdAt: z.string(),
  slots: z.array(passphraseSlot).min(1),
  failedUnlocks: z.array(failedUnlock),
});

export type VaultFile = z.infer<typeof vaultFileSchema>;
export type FailedUnlock = z.infer<typeof failedUnlock>;

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

/** Write-then-rename with fsync: a crash leaves the old file or the new one, never half of either. */
export function writeVaultFile(path: string, file: VaultFile): void {
  const temporary = `${path}.new`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  syncPath(temporary);
  renameSync(temporary, path);
  syncPath(dirname(path));
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
