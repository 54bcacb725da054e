import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { addAccount, createVault, lock, senco, signedInAs, signIn, teacher } from './journeys';
import { AccountsPage } from './pages/AccountsPage';
import { HomePage } from './pages/HomePage';

const newTeacherPassphrase = 'saffron kayak thimble orchard';

test('the SENCO changes a role, sets a new passphrase and removes an account, each on a page of its own', async ({ app }) => {
  await createVault(app);
  await addAccount(app, teacher);
  const accounts = new AccountsPage(app.page);
  const { page } = app;

  await accounts.action('Change role', teacher.name).click();
  const role = page.getByLabel('Role', { exact: true });
  await expect(role).toBeFocused();
  await expect(role).toHaveValue('teacher');
  await role.selectOption('read-only');
  await checkScreen(page, 'account-role');
  await page.getByRole('button', { name: 'Save the role' }).click();
  await expect(accounts.notice).toContainText(`${teacher.name} is now Read only`);
  await expect(accounts.row(teacher.name)).toContainText('Read only');

  await accounts.action('Reset passphrase', teacher.name).click();
  await expect(page.getByRole('heading', { level: 1, name: `New passphrase for ${teacher.name}` })).toBeVisible();
  await page.getByLabel('New passphrase', { exact: true }).fill(newTeacherPassphrase);
  await page.getByLabel('Confirm new passphrase').fill(newTeacherPassphrase);
  await checkScreen(page, 'account-reset');
  await page.getByRole('button', { name: 'Set the passphrase' }).click();
  await expect(accounts.notice).toContainText(`New passphrase set for ${teacher.name}`);

  await accounts.action('Remove', teacher.name).click();
  const confirm = page.getByRole('heading', { level: 1, name: `Remove ${teacher.name}’s account?` });
  await expect(confirm).toBeFocused();
  await checkScreen(page, 'account-remove-confirm');
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect(accounts.row(teacher.name)).toHaveCount(1);

  // The new passphrase works before the account goes.
  await lock(app);
  await signIn(app, teacher.name, newTeacherPassphrase, signedInAs({ ...teacher, role: 'read-only' }));
  await lock(app);
  await signIn(app, senco.name, 'copper kettle orchard lantern', senco);

  await new HomePage(page).navLink('Accounts').click();
  await accounts.action('Remove', teacher.name).click();
  await page.getByRole('button', { name: `Yes, remove ${teacher.name}’s account` }).click();
  await expect(accounts.notice).toContainText(`${teacher.name}’s account was removed`);
  await expect(accounts.row(teacher.name)).toHaveCount(0);
});

test('the last SENCO cannot be demoted, and nobody is offered to remove their own account', async ({ app }) => {
  await createVault(app);
  await new HomePage(app.page).navLink('Accounts').click();
  const accounts = new AccountsPage(app.page);
  await accounts.expectShown();
  const { page } = app;
  // Main refuses to remove the account in use; the list does not offer it.
  await expect(accounts.action('Remove', senco.name)).toHaveCount(0);

  await accounts.action('Change role', senco.name).click();
  await page.getByLabel('Role', { exact: true }).selectOption('deputy-senco');
  await page.getByRole('button', { name: 'Save the role' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText(/SENCO/);
  await expect(page.getByLabel('Role', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Role', { exact: true })).toHaveAccessibleDescription(/SENCO/);
  await checkScreen(page, 'account-role-refused');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(accounts.row(senco.name)).toContainText('SENCO');
  const direct = await page.evaluate(async () => {
    const list = await window.senco.accounts.list();
    const me = list.ok ? list.value.find((a) => a.isYou) : undefined;
    return me ? window.senco.accounts.remove({ accountId: me.id }) : null;
  });
  expect(direct).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
});
