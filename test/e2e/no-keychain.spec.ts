import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { createBackend } from '../../electron/backend';
import { APP_ORIGIN } from '../support/appOrigin';
import { openApp } from '../support/bridge';
import { checkScreen } from '../support/screens';
import { TestPlatform } from '../support/testPlatform';
import { school, senco } from './journeys';
import { CreateVaultPage } from './pages/CreateVaultPage';
import { HomePage } from './pages/HomePage';
import { RecoverPage } from './pages/RecoverPage';
import { RecoveryKeyPage } from './pages/RecoveryKeyPage';
import { SettingsPage } from './pages/SettingsPage';
import { UnlockPage } from './pages/UnlockPage';

/** A computer with no keychain at all: the same backend, composed with `keychain: null` as main does there. */
const test = base.extend<{ bare: Page }>({
  bare: async ({ page, browser }, use) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'senco-e2e-bare-'));
    const platform = new TestPlatform({ dataDir, pdfPages: browser });
    const backend = createBackend({ platform, appOrigin: APP_ORIGIN, keychain: null });
    try {
      await openApp(page, backend);
      await use(page);
    } finally {
      await backend.shutdown();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

test('without a keychain the SENCO must agree to passphrases only, and Settings and recovery say so', async ({ bare: page }) => {
  const create = new CreateVaultPage(page);
  await create.expectShown();
  await expect(page.getByRole('region', { name: 'This laptop has no keychain SENCO Desk can use' })).toContainText(
    'a passphrase alone',
  );
  await create.create(school);
  await expect(create.passphraseOnly).toBeFocused();
  await expect(create.passphraseOnly).toHaveAccessibleDescription(/passphrases only/);
  await checkScreen(page, 'create-vault-no-keychain');

  await create.passphraseOnly.check();
  await create.submit.click();
  const recovery = new RecoveryKeyPage(page);
  const key = await recovery.readKey();
  await recovery.recorded.click();
  await recovery.confirmWith(key);
  const home = new HomePage(page);
  await home.expectShown(senco);

  await home.navLink('Settings').click();
  await expect(new SettingsPage(page).binding).toContainText('Passphrases only');

  // Recovering here needs the same consent, because the vault stays passphrase-only.
  await home.lock.click();
  const unlock = new UnlockPage(page);
  await unlock.expectShown();
  await unlock.useRecoveryKey.click();
  const recover = new RecoverPage(page);
  await recover.enterKey(key.join('-'));
  await expect(recover.passphraseHeading).toBeFocused();
  await expect(recover.passphraseOnly).toBeVisible();
  await recover.choosePassphrase('lilac tugboat meadow pretzel');
  await expect(recover.passphraseOnly).toBeFocused();
  await checkScreen(page, 'recover-passphrase-no-keychain');
  await recover.passphraseOnly.check();
  await recover.open.click();
  await home.expectShown(senco);
});
