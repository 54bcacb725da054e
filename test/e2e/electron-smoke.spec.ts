import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, test } from '@playwright/test';
import { roleLabels } from '../../shared/domain/roles';
import { electronBinary } from '../support/electronBinary';
import { CreateVaultPage } from './pages/CreateVaultPage';
import { HomePage } from './pages/HomePage';
import { RecoveryKeyPage } from './pages/RecoveryKeyPage';
import { UnlockPage } from './pages/UnlockPage';

const binary = electronBinary();
const mainScript = path.resolve(__dirname, '../../dist/main/main.js');
const passphrase = 'copper kettle orchard lantern';
const school = { schoolName: 'Oakfield Primary School', sencoName: 'Priya Sharma' };

// Everything else runs the same backend through the bridge; this covers only what the shell adds
// (window, app protocol, preload, native module built for Electron).
if (!binary) {
  test.skip('Electron shell smoke test — skipped: no Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD)', () => {});
} else if (!existsSync(mainScript)) {
  test.skip('Electron shell smoke test — skipped: dist/main/main.js is not built (npm run build)', () => {});
} else {
  test('Electron shell smoke test: create a vault and lock it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'senco-electron-'));
    const app = await electron.launch({
      executablePath: binary,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainScript],
      env: { ...process.env, SENCO_DATA_DIR: dataDir },
    });
    try {
      const window = await app.firstWindow();
      const create = new CreateVaultPage(window);
      await create.expectShown();
      await create.create({ ...school, passphrase, passphraseConfirm: passphrase });
      const recovery = new RecoveryKeyPage(window);
      const key = await recovery.readKey();
      await recovery.recorded.click();
      await recovery.confirmWith(key);
      const home = new HomePage(window);
      await home.expectShown({ schoolName: school.schoolName, name: school.sencoName, roleLabel: roleLabels.senco });
      await home.lock.click();
      await new UnlockPage(window).expectShown();
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
}
