import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createVault, teacher } from './journeys';
import { AccountsPage } from './pages/AccountsPage';
import { AddAccountPage } from './pages/AddAccountPage';
import { HomePage } from './pages/HomePage';

test('keyboard alone: add an account with Tab, Enter, Space and the arrow keys, then back out of removing it', async ({
  app,
}) => {
  await createVault(app);
  const { keyboard } = app.page;
  const home = new HomePage(app.page);
  await expect(home.heading).toBeFocused();

  // The nav sits just before the page's heading: Settings, Disclosures, then Accounts.
  await keyboard.press('Shift+Tab');
  await expect(home.navLink('Settings')).toBeFocused();
  await keyboard.press('Shift+Tab');
  await expect(home.navLink('Disclosures')).toBeFocused();
  await keyboard.press('Shift+Tab');
  await expect(home.navLink('Accounts')).toBeFocused();
  await keyboard.press('Enter');

  const accounts = new AccountsPage(app.page);
  await expect(accounts.heading).toBeFocused();
  await expect(home.navLink('Accounts')).toHaveAttribute('aria-current', 'page');
  await keyboard.press('Tab');
  await expect(accounts.add).toBeFocused();
  await keyboard.press('Space');

  const add = new AddAccountPage(app.page);
  await add.expectShown();
  await keyboard.type(teacher.name);
  await keyboard.press('Tab');
  await expect(add.role).toBeFocused();
  // From "Choose a role": SENCO, Deputy SENCO, Headteacher, DSL, Teacher or TA.
  for (let i = 0; i < 5; i++) await keyboard.press('ArrowDown');
  await expect(add.role).toHaveValue('teacher');

  const help = app.page.locator('details').filter({ hasText: 'What each role can do' });
  await keyboard.press('Tab');
  await expect(help.locator('summary')).toBeFocused();
  await keyboard.press('Space');
  await expect(help).toHaveAttribute('open', '');
  await expect(help).toContainText('records reviews');

  await keyboard.press('Tab');
  await expect(add.passphrase).toBeFocused();
  await keyboard.type(teacher.passphrase);
  await keyboard.press('Tab');
  await expect(add.passphraseConfirm).toBeFocused();
  await keyboard.type(teacher.passphrase);
  await keyboard.press('Enter');

  await expect(accounts.notice).toBeFocused();
  await expect(accounts.notice).toContainText(`Account added for ${teacher.name}`);
  await expect(accounts.row(teacher.name)).toContainText('Teacher or TA');

  // Removing takes a page of its own; Enter on "No, keep it" leaves the account alone.
  const remove = accounts.action('Remove', teacher.name);
  await tabTo(app.page, remove);
  await keyboard.press('Enter');
  const confirm = app.page.getByRole('heading', { level: 1, name: `Remove ${teacher.name}’s account?` });
  await expect(confirm).toBeFocused();
  await keyboard.press('Tab');
  await expect(app.page.getByRole('button', { name: `Yes, remove ${teacher.name}’s account` })).toBeFocused();
  await keyboard.press('Tab');
  await keyboard.press('Enter');
  await expect(accounts.heading).toBeFocused();
  await expect(accounts.row(teacher.name)).toHaveCount(1);

  // Ctrl+3 goes to Settings from anywhere.
  await keyboard.press('Control+3');
  await expect(app.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
});

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 15): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
