import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { APP_URL } from '../support/appOrigin';
import { checkScreen } from '../support/screens';
import { expect, type TestApp, test } from './fixtures';
import { school, vaultStatus } from './journeys';
import { CreateVaultPage } from './pages/CreateVaultPage';
import { DemoPage } from './pages/DemoPage';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';
import { SettingsPage } from './pages/SettingsPage';
import { UnlockPage } from './pages/UnlockPage';

// Building the reference school (2,200 pupils with their histories) takes a few seconds on 2 cores.
test.setTimeout(120_000);

/** The demo's register: the reference school, 2,000 on roll. */
async function expectDemoRegister(app: TestApp): Promise<RegisterPage> {
  const register = new RegisterPage(app.page);
  await expect(register.heading).toBeVisible({ timeout: 60_000 });
  await expect(register.count).toHaveText('2,000 pupils shown');
  // Years count in school order, Reception first, not by size.
  const years = app.page.locator('.register-summary__line').filter({ has: app.page.locator('dt', { hasText: /^Year$/ }) }).locator('dd');
  await expect(years.nth(0)).toHaveText('Reception 120');
  await expect(years.nth(1)).toHaveText('Year 1 120');
  await expect(years.last()).toHaveText('Year 11 232');
  await expect(app.page.getByRole('banner')).toContainText('Signed in as Demo SENCO');
  await new DemoPage(app.page).expectMarked();
  return register;
}

test('from the first screen: try the demo school, see its progress, use it with DEMO on every screen, and leave it', async ({ app }) => {
  const { page } = app;
  const create = new CreateVaultPage(page);
  const demo = new DemoPage(page);
  await create.expectShown();
  await demo.expectNotMarked();

  const seen = await demo.recordProgress();
  const release = app.hold('demo.open');
  await demo.tryDemo.click();
  await expect(demo.opening).toBeVisible();
  await expect(demo.progress).toBeVisible();
  await checkScreen(page, 'demo-opening');
  release();

  const register = await expectDemoRegister(app);
  expect(await seen()).toEqual(expect.arrayContaining([expect.stringMatching(/^Adding pupils to the demo vault: [\d,]+ of 2,200$/)]));
  expect(await vaultStatus(app)).toMatchObject({ state: 'unlocked', session: { demo: true } });
  await checkScreen(page, 'demo-register');

  // A pupil's file.
  const first = register.rows.first().locator('th button');
  const name = (await first.textContent()) ?? '';
  await first.click();
  const file = new PupilFilePage(page);
  await expect(file.heading(name)).toBeVisible();
  await demo.expectMarked();
  await checkScreen(page, 'demo-pupil-file');
  await file.back.click();
  await expect(register.heading).toBeVisible();

  // Settings.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const settings = new SettingsPage(page);
  await expect(settings.heading).toBeVisible();
  await demo.expectMarked();
  // What the demo does not have is not offered: no passphrase to change, no recovery key.
  await expect(settings.binding).toContainText('Demo school: no passphrase');
  await expect(settings.changePassphrase).toHaveCount(0);
  await expect(settings.newRecoveryKey).toHaveCount(0);
  await expect(settings.rotate).toBeVisible();
  await checkScreen(page, 'demo-settings');

  // Start again: asked first, and cancelling changes nothing.
  await demo.restart.click();
  await expect(demo.restartHeading).toBeFocused();
  await demo.expectMarked();
  await checkScreen(page, 'demo-restart');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expectDemoRegister(app);

  // The demo locks as a real vault does, and reopens without a passphrase.
  await page.getByRole('banner').getByRole('button', { name: 'Lock' }).click();
  await expect(demo.lockedHeading).toBeFocused();
  await demo.expectMarked();
  expect(await vaultStatus(app)).toMatchObject({ state: 'locked', demo: true });
  await checkScreen(page, 'demo-locked');
  await demo.openAgain.click();
  await expectDemoRegister(app);

  // Leaving goes back to the school's own (here, not yet created) vault.
  await demo.leave.click();
  await create.expectShown();
  await demo.expectNotMarked();
  expect(await vaultStatus(app)).toMatchObject({ state: 'none' });
  expect(app.foreignRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

/** Every file of the school's own vault (not the demo folder), with a hash of its bytes. */
function schoolFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (statSync(path.join(dir, name)).isFile()) files[name] = createHash('sha256').update(readFileSync(path.join(dir, name))).digest('hex');
  }
  return files;
}

test("from the unlock screen: the demo starts again from its seed and leaving returns to the school's own vault, untouched", async ({ app }) => {
  const { page } = app;
  const call = (channel: string, payload?: unknown) => app.backend.dispatch({ senderUrl: APP_URL, channel, payload });
  // After the page's own first vault.status: two keychain probes at once can collide (keychain.ts `available()` uses one probe entry).
  await new CreateVaultPage(page).expectShown();
  const created = await call('vault.create', { ...school, passphraseOnly: false });
  expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
  expect(await call('vault.lock')).toMatchObject({ ok: true });
  const before = schoolFiles(app.dataDir);
  await page.reload();

  const unlock = new UnlockPage(page);
  const demo = new DemoPage(page);
  await unlock.expectShown();
  await checkScreen(page, 'unlock-with-demo');
  await demo.tryDemo.click();
  await expectDemoRegister(app);

  await demo.restart.click();
  await demo.confirmRestart.click();
  await expectDemoRegister(app);

  // Imports are refused in the demo, in words that say why.
  const refused = await call('imports.chooseCsv');
  expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^This is the demo school: /) } });

  // By keyboard: back up from the page's heading to the banner, the first thing in the header.
  const reached: string[] = [];
  for (let i = 0; i < 8 && !reached.includes('Leave the demo'); i++) {
    await page.keyboard.press('Shift+Tab');
    reached.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
  }
  expect(reached).toEqual(['Settings', 'Disclosures', 'Accounts', 'Provision', 'SEND register', 'Lock', 'Leave the demo']);
  await page.keyboard.press('Enter');
  await unlock.expectShown();
  await demo.expectNotMarked();
  expect(await vaultStatus(app)).toMatchObject({ state: 'locked', demo: false });
  expect(schoolFiles(app.dataDir)).toEqual(before);
  expect(app.pageErrors).toEqual([]);
});
