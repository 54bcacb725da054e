import { existsSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import type { Keytar } from '../vault/keychain';

/**
 * Native modules must match Electron's ABI. A packaged app has copies rebuilt
 * by electron-builder; in development they are built beside node_modules into
 * .native/electron-<version>/ (build/native-for-electron.mjs), so that
 * node_modules keeps the Node builds the tests use.
 */
function developmentBuild(...parts: string[]): string | undefined {
  if (app.isPackaged) return undefined;
  const candidate = path.join(app.getAppPath(), '.native', `electron-${process.versions.electron}`, ...parts);
  return existsSync(candidate) ? candidate : undefined;
}

export const sqliteNativeBinding = (): string | undefined => developmentBuild('better_sqlite3.node');

/** keytar, or null where it cannot load (the app then offers passphrase-only protection). */
export function loadKeytar(): Keytar | null {
  try {
    const development = developmentBuild('keytar');
    // eslint-disable-next-line @typescript-eslint/no-require-imports, local/layering -- keytar's Electron build, chosen at run time
    if (development) return require(development) as Keytar;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- keytar is CommonJS and optional at run time
    return require('keytar') as Keytar;
  } catch {
    return null;
  }
}
