import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';

/** DESIGN.md: scrypt N=2^17, r=8, p=1. A vault file naming other parameters is refused, never used. */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
// scrypt needs 128·N·r bytes (128 MiB here); Node's default ceiling is 32 MiB.
const SCRYPT_MAXMEM = 256 * 1024 * 1024;

export interface Sealed {
  iv: string;
  ciphertext: string;
  tag: string;
}

/** Passphrases are compared as the person meant them, whichever way their keyboard composed accents. */
export function stretchPassphrase(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...SCRYPT, maxmem: SCRYPT_MAXMEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export function deriveKey(secret: Buffer, salt: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, info, 32));
}

export function seal(key: Buffer, plaintext: Buffer, associatedData: unknown): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(JSON.stringify(associatedData)));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The plaintext, or null when the key is wrong or anything sealed was changed. */
export function unseal(key: Buffer, sealed: Sealed, associatedData: unknown): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(JSON.stringify(associatedData)));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export const randomKey = (): Buffer => randomBytes(32);
