import keytar from 'keytar';
import { type DeviceKeychain, keytarKeychain } from '../../electron/vault/keychain';
import { Vault } from '../../electron/vault/vault';

/**
 * The real OS keychain through keytar: gnome-keyring in CI, the developer's own keychain elsewhere.
 * A plain import, not createRequire(import.meta.url): Playwright loads test files as CommonJS,
 * where import.meta makes the file fail to load.
 */
export const osKeychain = (): DeviceKeychain => keytarKeychain(keytar);

/**
 * CI sets SENCO_REQUIRE_KEYCHAIN=1: there, a missing keychain fails the run
 * instead of skipping the tests that need it.
 */
export async function keychainForTests(): Promise<{ keychain: DeviceKeychain; available: boolean }> {
  const keychain = osKeychain();
  const available = await keychain.available();
  if (!available && process.env.SENCO_REQUIRE_KEYCHAIN === '1') {
    throw new Error('SENCO_REQUIRE_KEYCHAIN=1 but no OS keychain answers (is gnome-keyring running in this D-Bus session?)');
  }
  return { keychain, available };
}

/**
 * Deletes the device secret of the vault in `dataDir` from the OS keychain:
 * what a new laptop, or a restored copy, looks like to the vault.
 */
export async function forgetDeviceSecret(dataDir: string): Promise<void> {
  const file = new Vault(dataDir, null).read();
  if (file) await osKeychain().remove(file.vaultId);
}
