import { rekeyDatabase } from '../db/rekey';
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
    vault.update(({ nextDataKey: _unused, ...file }) => file);
    newKey.fill(0);
    reopen(open.dataKey);
    session.setBusy(null);
    open.db.transaction(() => session.audit({ action: 'keys.rotation-failed' }))();
    const reason = error instanceof Error ? ` ${error.message}` : '';
    throw new AppFailure('INTERNAL', `The data key was not rotated and the vault is as it was.${reason}`);
  }
  vault.update(({ nextDataKey, ...file }) => ({ ...file, dataKey: nextDataKey ?? file.dataKey }));
  open.dataKey.fill(0);
  open.dataKey = newKey;
  reopen(newKey);
  session.setBusy(null);
  open.db.transaction(() => session.audit({ action: 'keys.data-key-rotated' }))();
  return { integrity: 'ok' };
}
