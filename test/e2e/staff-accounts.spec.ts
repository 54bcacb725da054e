import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { addAccount, createVault, deputy, lock, passphrase, school, senco, signedInAs, signIn, teacher } from './journeys';
import { mistype } from './keyText';
import { AccountsPage } from './pages/AccountsPage';
import { AddAccountPage } from './pages/AddAccountPage';
import { CreateVaultPage } from './pages/CreateVaultPage';
import { HomePage } from './pages/HomePage';
import { RecoveryKeyPage } from './pages/RecoveryKeyPage';
import { UnlockPage } from './pages/UnlockPage';

test('the SENCO records the recovery key, adds a deputy and a teacher, and the teacher is refused the Accounts screen', async ({
  app,
}) => {
  const create = new CreateVaultPage(app.page);
  await create.expectShown();
  await create.create(school);

  // The key, once, in 13 numbered groups; the emergency kit goes wherever the save dialog says.
  const recovery = new RecoveryKeyPage(app.page);
  const key = await recovery.readKey();
  expect(key).toHaveLength(13);
  for (const group of key) expect(group).toMatch(/^[0-9A-Z]{5}$/);
  const kit = path.join(app.dataDir, 'emergency-kit.pdf');
  app.platform.queueSavePath(kit);
  await recovery.saveKit.click();
  await expect(recovery.savedAs).toContainText('Saved as');
  await expect(recovery.savedAs).toContainText('emergency-kit.pdf');
  expect((await readFile(kit)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await checkScreen(app.page, 'recovery-key-shown');

  // A group copied wrongly is named; the right groups let the SENCO through.
  await recovery.recorded.click();
  const [first, second] = await recovery.askedGroups();
  await checkScreen(app.page, 'recovery-key-confirm');
  await recovery.confirmWith(key, (group, n) => (n === second ? mistype(group) : group));
  await expect(recovery.errorSummary).toContainText(`Group ${second} does not match`);
  await expect(recovery.errorSummary).not.toContainText(`Group ${first} does not match`);
  await expect(app.page.getByLabel(`Group ${second}`, { exact: true })).toBeFocused();
  await checkScreen(app.page, 'recovery-key-confirm-wrong');
  await recovery.confirmWith(key);

  const home = new HomePage(app.page);
  await home.expectShown(senco);
  await expect(home.notice).toContainText('Your recovery key is confirmed');
  await expect(home.noRecoveryKey).toHaveCount(0);

  await addAccount(app, deputy);
  await home.navLink('Accounts').click();
  const accounts = new AccountsPage(app.page);
  await accounts.add.click();
  const add = new AddAccountPage(app.page);
  await add.expectShown();
  await add.fill(teacher);
  await checkScreen(app.page, 'account-add');
  await add.submit.click();
  await expect(accounts.notice).toBeFocused();
  await expect(accounts.rows).toHaveCount(3);
  await expect(accounts.row(senco.name)).toContainText('You');
  await expect(accounts.row(teacher.name)).toContainText('Teacher or TA');
  await checkScreen(app.page, 'accounts-list');

  await lock(app);
  await signIn(app, teacher.name, teacher.passphrase, signedInAs(teacher));
  // A teacher's nav leaves out Accounts; the shortcut still reaches it, and main's refusal is shown plainly.
  await expect(home.navLink('Accounts')).toHaveCount(0);
  await expect(home.navLink('Settings')).toBeVisible();
  await expect(home.noRecoveryKey).toHaveCount(0);
  await expect(home.registerClosed).toContainText('This needs the SENCO, Deputy SENCO');
  await checkScreen(app.page, 'register-closed');
  await app.page.keyboard.press('Control+2');
  await expect(accounts.heading).toBeFocused();
  await expect(accounts.refusal).toContainText('This needs the SENCO role');
  await expect(accounts.table).toHaveCount(0);
  await expect(app.page.getByText(deputy.name)).toHaveCount(0);
  await checkScreen(app.page, 'accounts-refused');

  const direct = await app.page.evaluate(() => window.senco.accounts.list());
  expect(direct).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
  expect(app.pageErrors).toEqual([]);
});

test('each person signs in with their own name: the SENCO’s passphrase does not open the deputy’s account', async ({
  app,
}) => {
  await createVault(app);
  await addAccount(app, deputy);
  await lock(app);

  const unlock = new UnlockPage(app.page);
  await unlock.unlockWith(deputy.name, passphrase);
  await expect(unlock.fieldError).toHaveText(/\S/);
  await expect(unlock.passphrase).toBeFocused();

  await unlock.unlockWith(deputy.name, deputy.passphrase);
  const home = new HomePage(app.page);
  await home.expectShown(signedInAs(deputy));
  await expect(home.navLink('Accounts')).toHaveCount(0);
  await expect(home.navLink('SEND register')).toHaveAttribute('aria-current', 'page');
});
