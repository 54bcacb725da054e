import { RekeyError, rekeyDatabase } from '../db/rekey';
import { openDatabase } from '../db/open';
import { AppFailure } from '../failure';
import { randomKey } from '../vault/crypto';
import { wrapDataKey } from '../vault/slots';
import type { SessionService } from './session';

export interface RotationProgress {
  step: string;
  done: number;
  total: number;
  message: string;
}

/**
 * Rotates the data key: the whole database is re-encrypted under a new key in
 * a worker thread. Crash safety comes from the vault file: the new key is
 * stored (wrapped) as `nextDataKey` before the database changes, so whichever
 * key the file ends up under, the next unlock finds it (signIn.ts).
 */
export async function rotateDataKey(
  session: SessionService,
  options: { nativeBinding?: string | undefined; workerScript?: string | undefined; onProgress(p: RotationProgress): void },
): Promise<{ integrity: 'ok' }> {
  const open = session.open();
  const { vault } = session;
  const newKey = randomKey();
  const reopen = (dataKey: Buffer) => {
    open.db = openDatabase({ file: vault.databasePath, dataKey, nativeBinding: options.nativeBinding });
  };
  open.db.transaction(() => {
    session.audit({ action: 'keys.rotation-started' });
    vault.update((file) => ({ ...file, nextDataKey: wrapDataKey(file.vaultId, open.masterKey, newKey) }));
  })();
  session.setBusy('SENCO Desk is re-encrypting the vault with a new key. This can take a minute.');
  open.db.close();
  try {
    await rekeyDatabase({
      file: vault.databasePath,
      oldKey: open.dataKey,
      newKey,
      nativeBinding: options.nativeBinding,
      workerScript: options.workerScript,
      onProgress: options.onProgress,
    });
  } catch (error) {
    // Which key the file is under decides what the vault file keeps (rekey.ts says how it knows).
    const fileKey = error instanceof RekeyError ? error.fileKey : 'unknown';
    try {
      if (fileKey === 'new') finish(session, newKey, reopen);
      else if (fileKey === 'old') {
        vault.update(({ nextDataKey: _unused, ...file }) => file);
        reopen(open.dataKey);
      } else {
        // Unknown: the old key rolls back an interrupted rewrite; failing that, the file is under the new one.
        try {
          reopen(open.dataKey);
        } catch {
          finish(session, newKey, reopen);
        }
      }
    } finally {
      session.setBusy(null);
    }
    open.db.transaction(() => session.audit({ action: 'keys.rotation-failed', detail: { fileKey } }))();
    const reason = error instanceof Error ? ` ${error.message}` : '';
    const outcome = fileKey === 'new' ? 'The database is under the new key, but its final check failed.' : 'The data key was not rotated and the vault is as it was.';
    throw new AppFailure('INTERNAL', `${outcome}${reason}`);
  }
  finish(session, newKey, reopen);
  session.setBusy(null);
  open.db.transaction(() => session.audit({ action: 'keys.data-key-rotated' }))();
  return { integrity: 'ok' };
}

/** The file is under the new key: the vault file says so, and the session uses it from now on. */
function finish(session: SessionService, newKey: Buffer, reopen: (key: Buffer) => void): void {
  const open = session.open();
  session.vault.update(({ nextDataKey, ...file }) => ({ ...file, dataKey: nextDataKey ?? file.dataKey }));
  open.dataKey.fill(0);
  open.dataKey = newKey;
  reopen(newKey);
}
