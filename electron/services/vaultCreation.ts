import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { VaultCreateInput } from '../../shared/contract/vault';
import { formatRecoveryKey } from '../../shared/rules/recoveryKey';
import { vaultPassphraseInputs } from '../../shared/rules/passphrasePolicy';
import { openDatabase } from '../db/open';
import { appendAudit } from '../db/repositories/auditLog';
import { insertSchool } from '../db/repositories/school';
import { insertStaffAccount } from '../db/repositories/staffAccounts';
import { AppFailure } from '../failure';
import { SCRYPT, randomKey, stretchPassphrase } from '../vault/crypto';
import { makePassphraseSlot, makeRecoverySlot, wrapDataKey } from '../vault/slots';
import type { VaultFileContent } from '../vault/vaultFile';
import { requireNewPassphrase } from './passphraseChecks';
import type { SessionService } from './session';
import { signIn } from './signIn';

export const noKeychainMessage =
  'This computer has no keychain SENCO Desk can use, so the vault can only be protected by passphrases. ' +
  'Read what that means and tick the box to go on.';

/**
 * Creates the school's vault: keys, the first SENCO account, the database
 * and the recovery key, which is returned to be shown once.
 */
export async function createVault(session: SessionService, input: VaultCreateInput): Promise<{ recoveryKey: string[] }> {
  const { vault } = session;
  if (vault.exists()) throw new AppFailure('VAULT_EXISTS', 'A school vault already exists here. Unlock it instead.');
  if (existsSync(vault.databasePath)) {
    throw new AppFailure(
      'VAULT_EXISTS',
      `There is a SENCO Desk database in ${vault.dir} but its vault file is missing. SENCO Desk will not overwrite it: ` +
        'restore the vault file (senco.vault) from your backup.',
    );
  }
  requireNewPassphrase(input, vaultPassphraseInputs(input));
  const keychain = await vault.keychainAvailable();
  if (!keychain && !input.passphraseOnly) throw new AppFailure('KEYCHAIN_UNAVAILABLE', noKeychainMessage);

  const now = session.now().toISOString();
  const vaultId = randomUUID();
  const accountId = randomUUID();
  const binding = keychain ? 'keychain' : 'passphrase-only';
  const passphraseKdf = { name: 'scrypt' as const, ...SCRYPT, salt: randomBytes(32).toString('base64') };
  const [masterKey, dataKey, recoveryKey] = [randomKey(), randomKey(), randomKey()];
  const deviceSecret = keychain ? await vault.bindToThisComputer(vaultId) : Buffer.alloc(0);
  const stretched = await stretchPassphrase(input.passphrase, Buffer.from(passphraseKdf.salt, 'base64'));
  let created = false;
  try {
    const context = { vaultId, binding, passphraseKdf } as const;
    const content: VaultFileContent = {
      app: 'senco-desk',
      format: 1,
      vaultId,
      createdAt: now,
      binding,
      passphraseKdf,
      slots: [
        makePassphraseSlot(context, accountId, stretched, deviceSecret, masterKey),
        makeRecoverySlot(vaultId, recoveryKey, masterKey),
      ],
      dataKey: wrapDataKey(vaultId, masterKey, dataKey),
      failedUnlocks: [],
    };
    // Built under a temporary name and renamed once the vault file is safe, so an interrupted
    // create leaves nothing that looks like a school's database.
    const building = `${vault.databasePath}.creating`;
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
    const db = openDatabase({ file: building, dataKey, nativeBinding: session.deps.nativeBinding });
    try {
      db.transaction(() => {
        insertSchool(db, { name: input.schoolName, createdAt: now });
        insertStaffAccount(db, { id: accountId, displayName: input.sencoName, role: 'senco', createdAt: now });
        const audit = (action: string, detail: Record<string, string>) => appendAudit(db, { at: now, actorId: accountId, action, detail });
        audit('vault.created', { vaultId, binding });
        if (binding === 'passphrase-only') audit('vault.binding-chosen', { binding, reason: 'no-keychain' });
      })();
    } finally {
      db.close();
    }
    const file = vault.write(content);
    renameSync(building, vault.databasePath);
    const open = signIn(session, file, Buffer.from(masterKey), () => accountId, (audit) => audit({ action: 'vault.unlocked' }));
    open.pendingRecoveryKey = Buffer.from(recoveryKey);
    created = true;
    return { recoveryKey: formatRecoveryKey(recoveryKey) };
  } finally {
    if (!created && keychain && !vault.exists()) await vault.unbind(vaultId);
    for (const key of [masterKey, dataKey, recoveryKey, deviceSecret, stretched]) key.fill(0);
  }
}
