import { randomBytes, randomUUID } from 'node:crypto';
import { deriveKey, seal, unseal } from './crypto';
import type { PassphraseSlot, RecoverySlot, VaultFileContent, WrappedDataKey } from './vaultFile';

/**
 * Who may open what, in key terms:
 *   passphrase slot ─┐
 *   recovery slot  ──┴─> master key ──> data key ──> the database
 * Slots hold the master key, so rotating the data key re-wraps one entry and
 * needs nobody else's passphrase. Every sealed value is bound to its vault
 * and its slot as associated data: one copied into another vault won't open.
 */

type VaultContext = Pick<VaultFileContent, 'vaultId' | 'binding' | 'passphraseKdf'>;

const passphraseSlotData = (vault: VaultContext, slot: { id: string; accountId: string }) => [
  'senco-desk/passphrase-slot/v1',
  vault.vaultId,
  slot.id,
  slot.accountId,
  vault.binding,
  vault.passphraseKdf,
];

/** The slot key mixes the stretched passphrase with this laptop's device secret (empty when passphrase-only). */
function passphraseSlotKey(vault: VaultContext, slotId: string, stretched: Buffer, deviceSecret: Buffer): Buffer {
  const secret = Buffer.concat([stretched, deviceSecret]);
  try {
    return deriveKey(secret, Buffer.from(slotId), `senco-desk/passphrase-slot/v1:${vault.binding}`);
  } finally {
    secret.fill(0);
  }
}

export function makePassphraseSlot(
  vault: VaultContext,
  accountId: string,
  stretched: Buffer,
  deviceSecret: Buffer,
  masterKey: Buffer,
): PassphraseSlot {
  const id = randomUUID();
  const key = passphraseSlotKey(vault, id, stretched, deviceSecret);
  try {
    return { id, kind: 'passphrase', accountId, sealed: seal(key, masterKey, passphraseSlotData(vault, { id, accountId })) };
  } finally {
    key.fill(0);
  }
}

export function openPassphraseSlot(vault: VaultContext, slot: PassphraseSlot, stretched: Buffer, deviceSecret: Buffer): Buffer | null {
  const key = passphraseSlotKey(vault, slot.id, stretched, deviceSecret);
  try {
    const masterKey = unseal(key, slot.sealed, passphraseSlotData(vault, slot));
    return masterKey?.length === 32 ? masterKey : null;
  } finally {
    key.fill(0);
  }
}

const recoveryData = (vaultId: string, slotId: string) => ['senco-desk/recovery-slot/v1', vaultId, slotId];
const recoveryInfo = 'senco-desk/recovery-slot/v1';

/** The recovery key is 256 random bits: it needs no stretching, and the slot is not tied to any laptop. */
export function makeRecoverySlot(vaultId: string, recoveryKey: Buffer, masterKey: Buffer): RecoverySlot {
  const id = randomUUID();
  const salt = randomBytes(32);
  const key = deriveKey(recoveryKey, salt, recoveryInfo);
  try {
    return { id, kind: 'recovery', salt: salt.toString('base64'), sealed: seal(key, masterKey, recoveryData(vaultId, id)) };
  } finally {
    key.fill(0);
  }
}

export function openRecoverySlot(vaultId: string, slot: RecoverySlot, recoveryKey: Buffer): Buffer | null {
  const key = deriveKey(recoveryKey, Buffer.from(slot.salt, 'base64'), recoveryInfo);
  try {
    const masterKey = unseal(key, slot.sealed, recoveryData(vaultId, slot.id));
    return masterKey?.length === 32 ? masterKey : null;
  } finally {
    key.fill(0);
  }
}

const dataKeyData = (vaultId: string, id: string) => ['senco-desk/data-key/v1', vaultId, id];

export function wrapDataKey(vaultId: string, masterKey: Buffer, dataKey: Buffer): WrappedDataKey {
  const id = randomUUID();
  return { id, sealed: seal(masterKey, dataKey, dataKeyData(vaultId, id)) };
}

export function unwrapDataKey(vaultId: string, masterKey: Buffer, wrapped: WrappedDataKey): Buffer | null {
  const dataKey = unseal(masterKey, wrapped.sealed, dataKeyData(vaultId, wrapped.id));
  return dataKey?.length === 32 ? dataKey : null;
}
