import { randomUUID } from 'node:crypto';
/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, the Secret
 * Service on Linux) through keytar. It holds one random device secret per
 * vault; without it, a copy of the vault files opens only with the recovery key.
 */
export interface DeviceKeychain {
  /** The secret, or null when this computer's keychain has none for the vault. Throws when the keychain cannot be reached. */
  read(vaultId: string): Promise<Buffer | null>;
  write(vaultId: string, secret: Buffer): Promise<void>;
  remove(vaultId: string): Promise<void>;
  /** Whether a keychain answers here at all (Linux without a Secret Service does not). */
  available(): Promise<boolean>;
}

/** The part of keytar we use; the composition root loads the build that matches its runtime. */
export interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export const KEYCHAIN_SERVICE = 'SENCO Desk';
const account = (vaultId: string) => `device-secret:${vaultId}`;

export function keytarKeychain(keytar: Keytar): DeviceKeychain {
  return {
    async read(vaultId) {
      const stored = await keytar.getPassword(KEYCHAIN_SERVICE, account(vaultId));
      if (stored === null) return null;
      const secret = Buffer.from(stored, 'base64');
      return secret.length === 32 ? secret : null;
    },
    async write(vaultId, secret) {
      await keytar.setPassword(KEYCHAIN_SERVICE, account(vaultId), secret.toString('base64'));
    },
    async remove(vaultId) {
      await keytar.deletePassword(KEYCHAIN_SERVICE, account(vaultId));
    },
    async available() {
      try {
        // A probe of its own: two checks at once (the window asks while a vault is being made) must not delete each other's.
        const probe = `availability-probe:${randomUUID()}`;
        const token = randomUUID();
        await keytar.setPassword(KEYCHAIN_SERVICE, probe, token);
        const back = await keytar.getPassword(KEYCHAIN_SERVICE, probe);
        await keytar.deletePassword(KEYCHAIN_SERVICE, probe);
        return back === token;
      } catch {
        return false;
      }
    },
  };
}
