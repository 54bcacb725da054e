import type { SessionInfo, VaultRecoverInput } from '../../shared/contract/vault';
import { parseRecoveryKey } from '../../shared/rules/recoveryKey';
import { getSchool } from '../db/repositories/school';
import { activeStaffAccountByName, activeStaffAccounts, setNeedsNewPassphrase, staffAccountById } from '../db/repositories/staffAccounts';
import { AppFailure } from '../failure';
import { stretchPassphrase } from '../vault/crypto';
import { makePassphraseSlot } from '../vault/slots';
import type { FailedUnlock, VaultFile } from '../vault/vaultFile';
import { requireNewPassphrase } from './passphraseChecks';
import type { SessionAuditEntry, SessionService } from './session';
import { openVaultDatabase, signIn } from './signIn';
import { noKeychainMessage } from './vaultCreation';

const alreadyUnlocked = () =>
  new AppFailure('ALREADY_UNLOCKED', 'The vault is already unlocked. Lock it first to sign in as someone else.');

/** Failed attempts since the last unlock go into the audit log with the time they happened. */
const recordFailures = (failures: FailedUnlock[]) => (audit: (entry: SessionAuditEntry) => void) => {
  for (const failure of failures) {
    audit({ action: 'vault.unlock-failed', at: failure.at, actorId: null, detail: { reason: failure.reason } });
  }
};

export async function unlockWithPassphrase(session: SessionService, name: string, passphrase: string): Promise<SessionInfo> {
  if (session.isUnlocked()) throw alreadyUnlocked();
  const { vault } = session;
  const now = session.now();
  const { file, opened } = await vault.openWithPassphrase(passphrase, now);
  // Every slot holds the same master key; the typed name says whose slot it is.
  const [first, ...others] = opened;
  others.forEach((o) => o.masterKey.fill(0));
  const masterKey = first?.masterKey ?? Buffer.alloc(0);
  signIn(
    session,
    file,
    masterKey,
    (db) => {
      const account = activeStaffAccountByName(db, name);
      if (!account || !opened.some((o) => o.slot.accountId === account.id)) throw vault.wrongPassphrase(now);
      return account.id;
    },
    (audit) => {
      recordFailures(file.failedUnlocks)(audit);
      audit({ action: 'vault.unlocked' });
    },
  );
  vault.takeFailedUnlocks();
  return session.current();
}

function readRecoveryKey(text: string): Buffer {
  const parsed = parseRecoveryKey(text);
  if (!parsed.ok) throw new AppFailure('WRONG_RECOVERY_KEY', parsed.message);
  return Buffer.from(parsed.bytes);
}

/** Which SENCO accounts a recovery can sign in as. Opens the database only to read their names. */
export async function checkRecoveryKey(session: SessionService, text: string) {
  if (session.isUnlocked()) throw alreadyUnlocked();
  const recoveryKey = readRecoveryKey(text);
  try {
    const { file, masterKey } = session.vault.openWithRecoveryKey(recoveryKey, session.now());
    const { db, dataKey } = openVaultDatabase(session, file, masterKey);
    try {
      const accounts = activeStaffAccounts(db)
        .filter((a) => a.role === 'senco')
        .map((a) => ({ id: a.id, name: a.displayName }));
      return { accounts, keychain: (await session.vault.keychainAvailable()) ? ('available' as const) : ('unavailable' as const) };
    } finally {
      db.close();
      dataKey.fill(0);
      masterKey.fill(0);
    }
  } finally {
    recoveryKey.fill(0);
  }
}

/**
 * Opens the vault with the recovery key and binds it to this computer: a new
 * passphrase for the chosen SENCO account, and a device secret in this
 * computer's keychain. Other accounts keep their passphrases only when the
 * device secret they were made with is still the one in use.
 */
export async function recoverVault(session: SessionService, input: VaultRecoverInput): Promise<SessionInfo> {
  if (session.isUnlocked()) throw alreadyUnlocked();
  const { vault } = session;
  const recoveryKey = readRecoveryKey(input.recoveryKey);
  if (input.passphrase !== input.passphraseConfirm) requireNewPassphrase(input, []);
  let opened: { file: VaultFile; masterKey: Buffer };
  try {
    opened = vault.openWithRecoveryKey(recoveryKey, session.now());
  } finally {
    recoveryKey.fill(0);
  }
  const { file, masterKey } = opened;
  const keychain = await vault.keychainAvailable();
  if (!keychain && !input.passphraseOnly) throw new AppFailure('KEYCHAIN_UNAVAILABLE', noKeychainMessage);
  const binding = keychain ? ('keychain' as const) : ('passphrase-only' as const);
  const kept = binding === 'keychain' && file.binding === 'keychain' ? await vault.deviceSecret(file).catch(() => null) : null;
  const deviceSecret = kept ?? (binding === 'keychain' ? await vault.bindToThisComputer(file.vaultId) : Buffer.alloc(0));
  const othersStillOpen = kept !== null || (binding === 'passphrase-only' && file.binding === 'passphrase-only');
  const stretched = await stretchPassphrase(input.passphrase, Buffer.from(file.passphraseKdf.salt, 'base64'));
  try {
    signIn(
      session,
      file,
      masterKey,
      (db) => {
        const account = staffAccountById(db, input.accountId);
        if (!account || account.removedAt || account.role !== 'senco') {
          throw new AppFailure('NOT_ALLOWED', 'The recovery key signs in a SENCO account. Choose one from the list.');
        }
        requireNewPassphrase(input, [getSchool(db).name, account.displayName]);
        return account.id;
      },
      (audit) => {
        const db = session.db();
        const slot = makePassphraseSlot({ ...file, binding }, input.accountId, stretched, deviceSecret, masterKey);
        const lost = othersStillOpen
          ? []
          : file.slots.flatMap((s) => (s.kind === 'passphrase' && s.accountId !== input.accountId ? [s.accountId] : []));
        setNeedsNewPassphrase(db, lost, true);
        setNeedsNewPassphrase(db, [input.accountId], false);
        recordFailures(file.failedUnlocks)(audit);
        audit({ action: 'vault.recovered', detail: { binding, rebound: kept === null, accountsNeedingPassphrase: lost.length } });
        if (binding !== file.binding) audit({ action: 'vault.binding-chosen', detail: { binding, reason: 'recovery' } });
        vault.write({
          ...file,
          binding,
          failedUnlocks: [],
          slots: [
            ...file.slots.filter((s) => s.kind === 'recovery' || (!lost.includes(s.accountId) && s.accountId !== input.accountId)),
            slot,
          ],
        });
      },
    );
    return session.current();
  } finally {
    stretched.fill(0);
    deviceSecret.fill(0);
  }
}
