import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The installed Electron executable, or null. Not `require('electron')`: when
 * the binary is missing, the package tries to download it there and then.
 */
export function electronBinary(): string | null {
  try {
    const packageDir = path.dirname(require.resolve('electron/package.json'));
    const relative = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
    const binary = path.join(distDir, relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
