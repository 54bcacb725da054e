import { existsSync, renameSync } from 'node:fs';
import { AppFailure } from '../failure';
import type { Database } from '../db/database';
import { asCorruptionFailure, openDatabase } from '../db/open';
import { staffAccountById } from '../db/repositories/staffAccounts';
import type { VaultFile } from '../vault/vaultFile';
import type { OpenSession, SessionService } from './session';

/**
 * Opens the database with the data key the master key unwraps. While a key
 * rotation is under way the vault file holds two data keys; if the process
 * died after the database was re-encrypted but before the file said so, the
 * new key is the one that opens it, and it becomes the current one.
 */
export function openVaultDatabase(session: SessionService, file: VaultFile, masterKey: Buffer): { db: Database; dataKey: Buffer } {
  const { vault } = session;
  finishInterruptedCreate(vault.databasePath);
  if (!existsSync(vault.databasePath)) {
    throw new AppFailure(
      'VAULT_UNREADABLE',
      `The database file (senco.db) is missing from ${vault.dir}. Nothing has been changed. Restore it from your backup.`,
    );
  }
  const keys = vault.dataKeys(file, masterKey);
  let lastError: unknown;
  for (const [index, dataKey] of keys.entries()) {
    try {
      const db = openDatabase({ file: vault.databasePath, dataKey, nativeBinding: session.deps.nativeBinding });
      if (index === 1) vault.update(({ nextDataKey, ...rest }) => ({ ...rest, dataKey: nextDataKey ?? rest.dataKey }));
      else if (file.nextDataKey) vault.update(({ nextDataKey: _abandoned, ...rest }) => rest);
      keys.forEach((other, i) => i !== index && other.fill(0));
      return { db, dataKey };
    } catch (error) {
      lastError = error;
      if (!(error instanceof AppFailure && error.code === 'DATABASE_CORRUPT')) break;
    }
  }
  keys.forEach((key) => key.fill(0));
  throw lastError;
}

/** A create interrupted after the vault file was written left the database under its building name. */
function finishInterruptedCreate(databasePath: string): void {
  const building = `${databasePath}.creating`;
  if (!existsSync(databasePath) && existsSync(building)) renameSync(building, databasePath);
}

/**
 * Signs an account in: opens the database, checks the account is still
 * active, and records the sign-in with whatever `record` adds, in one
 * transaction. Takes ownership of `masterKey`.
 */
export function signIn(
  session: SessionService,
  file: VaultFile,
  masterKey: Buffer,
  accountId: (db: Database) => string,
  record: Parameters<SessionService['begin']>[1],
): OpenSession {
  let opened: { db: Database; dataKey: Buffer } | undefined;
  try {
    opened = openVaultDatabase(session, file, masterKey);
    const account = staffAccountById(opened.db, accountId(opened.db));
    if (!account || account.removedAt) {
      throw new AppFailure('WRONG_PASSPHRASE', 'That name and passphrase do not match an account.');
    }
    const open: OpenSession = {
      db: opened.db,
      vaultId: file.vaultId,
      user: { id: account.id, displayName: account.displayName, role: account.role },
      masterKey,
      dataKey: opened.dataKey,
      pendingRecoveryKey: null,
    };
    session.begin(open, record);
    return open;
  } catch (error) {
    if (opened?.db.open) opened.db.close();
    opened?.dataKey.fill(0);
    masterKey.fill(0);
    throw asCorruptionFailure(error);
  }
}
