import { APP_URL } from '../support/appOrigin';
import { checkScreen } from '../support/screens';
import { expect, type TestApp, test } from './fixtures';
import { createVault, createVaultUntilKey, lock, passphrase, school, senco, signIn } from './journeys';
import { HomePage } from './pages/HomePage';
import { RecoveryKeyPage } from './pages/RecoveryKeyPage';
import { SettingsPage } from './pages/SettingsPage';

const changed = 'walnut glider harvest comet';

async function security(app: TestApp): Promise<Record<string, unknown>> {
  const result = await app.backend.dispatch({ senderUrl: APP_URL, channel: 'settings.security', payload: undefined });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Record<string, unknown>;
}

async function openSettings(app: TestApp): Promise<SettingsPage> {
  await new HomePage(app.page).navLink('Settings').click();
  const settings = new SettingsPage(app.page);
  await settings.expectShown();
  return settings;
}

test('Settings shows the binding, sets the idle time and changes the SENCO’s passphrase', async ({ app }) => {
  await createVault(app);
  const settings = await openSettings(app);
  await expect(settings.binding).toContainText('Bound to this laptop’s keychain');
  await expect(settings.idleMinutes).toHaveValue('5');
  await checkScreen(app.page, 'settings');

  await settings.idleMinutes.fill('0');
  await settings.saveIdle.click();
  await expect(settings.idleMinutes).toHaveAccessibleDescription(/from 1 to 60/);
  await expect(settings.idleMinutes).toBeFocused();
  await settings.idleMinutes.fill('12');
  await settings.saveIdle.click();
  await expect(app.page.getByText('Saved: SENCO Desk now locks after 12 minutes without use.')).toBeVisible();
  expect(await security(app)).toMatchObject({ idleMinutes: 12 });

  await settings.changePassphrase.click();
  const { page } = app;
  await page.getByLabel('Current passphrase').fill('not my passphrase at all');
  await page.getByLabel('New passphrase', { exact: true }).fill(changed);
  await page.getByLabel('Confirm new passphrase').fill(changed);
  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(page.getByLabel('Current passphrase')).toBeFocused();
  await expect(page.getByLabel('Current passphrase')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'settings-change-passphrase-wrong');
  await page.getByLabel('Current passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(settings.notice).toContainText('Your passphrase was changed');

  await lock(app);
  await signIn(app, school.sencoName, changed, senco);
});

test('rotating the data key asks first, shows its progress, and ends with the records checked', async ({ app }) => {
  await createVault(app);
  const settings = await openSettings(app);
  await settings.rotate.click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Rotate the data key?' })).toBeFocused();
  await checkScreen(app.page, 'rotate-confirm');

  const seen: string[] = [];
  const stop = app.backend.onEvent((event, payload) => {
    if (event === 'rotationProgress') seen.push((payload as { message: string }).message);
  });
  const release = app.hold('keys.rotateDataKey');
  await app.page.getByRole('button', { name: 'Rotate the data key now' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Rotating the data key' })).toBeFocused();
  await expect(new HomePage(app.page).nav).toHaveCount(0);
  // One step as main reports it, delivered the way the bridge delivers main's events.
  await app.page.evaluate(() =>
    window.__sencoEvent('rotationProgress', { step: 're-encrypting', done: 3, total: 5, message: 'Re-encrypting the records…' }),
  );
  await expect(app.page.locator('#rotation-progress')).toHaveAttribute('value', '2');
  await expect(app.page.getByText('Step 3 of 5')).toBeVisible();
  await expect(app.page.getByRole('status').filter({ hasText: 'Re-encrypting the records…' })).toBeVisible();
  await checkScreen(app.page, 'rotation-progress');
  release();

  await expect(settings.notice).toContainText('the records are intact');
  await expect(settings.notice).toBeFocused();
  stop();
  expect(seen.length).toBeGreaterThan(0);
  expect((await security(app)).binding).toBe('keychain');
});

test('a SENCO who leaves before confirming the key is asked on the home screen to make a new one', async ({ app }) => {
  const first = await createVaultUntilKey(app);
  await lock(app);
  await signIn(app, school.sencoName, passphrase, senco);
  const home = new HomePage(app.page);
  await expect(home.noRecoveryKey).toBeVisible();
  await checkScreen(app.page, 'home-no-recovery-key');

  await home.noRecoveryKey.getByRole('button', { name: 'Make a new recovery key' }).click();
  const recovery = new RecoveryKeyPage(app.page);
  const second = await recovery.readKey();
  expect(second).not.toEqual(first);
  await recovery.recorded.click();
  await recovery.confirmWith(second);
  await home.expectShown(senco);
  await expect(home.noRecoveryKey).toHaveCount(0);
  expect(await security(app)).toMatchObject({ recoveryKeyConfirmed: true });
});

test('Settings warns that a new recovery key makes the old kit stop working', async ({ app }) => {
  const first = await createVault(app);
  const settings = await openSettings(app);
  await expect(app.page.getByRole('region', { name: 'Recovery key' })).toContainText('Recorded and confirmed');
  await settings.newRecoveryKey.click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Make a new recovery key?' })).toBeFocused();
  await expect(app.page.getByRole('main')).toContainText('stops working as soon as the new one is made');
  await checkScreen(app.page, 'recovery-renew-confirm');

  await app.page.getByRole('button', { name: 'Cancel' }).click();
  await settings.expectShown();
  await settings.newRecoveryKey.click();
  await app.page.getByRole('button', { name: 'Make a new recovery key' }).click();
  const recovery = new RecoveryKeyPage(app.page);
  expect(await recovery.readKey()).not.toEqual(first);
});

test('a window opened while main is busy with a long job shows a please-wait screen until it ends', async ({ app }) => {
  await createVault(app);
  // The state main is in while it re-encrypts the vault, set directly: a real rotation of an empty vault
  // ends before a reload could see it.
  app.backend.session.setBusy('SENCO Desk is re-encrypting the vault with a new key. This can take a minute.');
  await app.page.reload();
  const heading = app.page.getByRole('heading', { level: 1, name: 'Please wait' });
  await expect(heading).toBeFocused();
  await expect(app.page.getByRole('status').filter({ hasText: 're-encrypting the vault' })).toBeVisible();
  await expect(new HomePage(app.page).nav).toHaveCount(0);
  await app.page.evaluate(() =>
    window.__sencoEvent('rotationProgress', { step: 'verifying', done: 4, total: 5, message: 'Checking every record…' }),
  );
  await expect(app.page.locator('#rotation-progress')).toHaveAttribute('value', '3');
  await checkScreen(app.page, 'busy');
  expect(await app.page.evaluate(() => window.senco.accounts.list())).toMatchObject({ ok: false, error: { code: 'BUSY' } });

  app.backend.session.setBusy(null);
  await new HomePage(app.page).expectShown(senco);
});
