import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID, scrypt } from 'node:crypto';

/** DESIGN.md: scrypt N=2^17, r=8, p=1. A slot with other parameters is refused, never used. */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
// scrypt needs 128·N·r bytes (128 MiB here); Node's default ceiling is 32 MiB.
const SCRYPT_MAXMEM = 256 * 1024 * 1024;

export interface PassphraseSlot {
  id: string;
  kind: 'passphrase';
  /** The staff account this slot signs in. */
  accountId: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  iv: string;
  ciphertext: string;
  tag: string;
  /**
   * SHA-256 of the fields above. Not a defence (anyone can recompute it); it
   * tells a damaged or edited slot apart from a mistyped passphrase, which the
   * AES-GCM tag alone cannot.
   */
  checksum: string;
}

/** Passphrases are compared as the person meant them, whichever way their keyboard composed accents. */
const normalise = (passphrase: string): string => passphrase.normalize('NFC');

export function deriveSlotKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(normalise(passphrase), salt, 32, { ...SCRYPT, maxmem: SCRYPT_MAXMEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Binds a wrapped key to its vault and slot: a slot copied into another vault will not open. */
function associatedData(vaultId: string, slot: Omit<PassphraseSlot, 'iv' | 'ciphertext' | 'tag' | 'checksum'>): Buffer {
  return Buffer.from(JSON.stringify(['senco-desk/key-slot/v1', vaultId, slot.id, slot.kind, slot.accountId, slot.kdf]));
}

export function slotChecksum(slot: Omit<PassphraseSlot, 'checksum'>): string {
  const { id, kind, accountId, kdf, iv, ciphertext, tag } = slot;
  return createHash('sha256').update(JSON.stringify([id, kind, accountId, kdf, iv, ciphertext, tag])).digest('hex');
}

export async function makePassphraseSlot(
  vaultId: string,
  accountId: string,
  passphrase: string,
  dataKey: Buffer,
): Promise<PassphraseSlot> {
  const salt = randomBytes(32);
  const head = {
    id: randomUUID(),
    kind: 'passphrase' as const,
    accountId,
    kdf: { name: 'scrypt' as const, ...SCRYPT, salt: salt.toString('base64') },
  };
  const slotKey = await deriveSlotKey(passphrase, salt);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', slotKey, iv);
    cipher.setAAD(associatedData(vaultId, head));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    const sealed = {
      ...head,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
    return { ...sealed, checksum: slotChecksum(sealed) };
  } finally {
    slotKey.fill(0);
  }
}

export type UnwrapOutcome = { kind: 'key'; dataKey: Buffer } | { kind: 'wrong-passphrase' } | { kind: 'damaged' };

/** Tries a passphrase on a slot. Returns the data key, or why not; never throws for a wrong passphrase. */
export async function openPassphraseSlot(vaultId: string, slot: PassphraseSlot, passphrase: string): Promise<UnwrapOutcome> {
  const { checksum, ...sealed } = slot;
  const { N, r, p } = slot.kdf;
  if (slotChecksum(sealed) !== checksum || N !== SCRYPT.N || r !== SCRYPT.r || p !== SCRYPT.p) {
    return { kind: 'damaged' };
  }
  const slotKey = await deriveSlotKey(passphrase, Buffer.from(slot.kdf.salt, 'base64'));
  try {
    const decipher = createDecipheriv('aes-256-gcm', slotKey, Buffer.from(slot.iv, 'base64'));
    decipher.setAAD(associatedData(vaultId, slot));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    const dataKey = Buffer.concat([decipher.update(Buffer.from(slot.ciphertext, 'base64')), decipher.final()]);
    return dataKey.length === 32 ? { kind: 'key', dataKey } : { kind: 'damaged' };
  } catch {
    // AES-GCM refused the tag: the passphrase (or a field an attacker re-checksummed) is wrong.
    return { kind: 'wrong-passphrase' };
  } finally {
    slotKey.fill(0);
  }
}
