import { APP_URL } from '../support/appOrigin';
import { checkScreen } from '../support/screens';
import { expect, type TestApp, test } from './fixtures';
import { createVault, passphrase, school, senco, signIn, teacher, vaultStatus } from './journeys';
import { AccountsPage } from './pages/AccountsPage';
import { AddAccountPage } from './pages/AddAccountPage';
import { HomePage } from './pages/HomePage';
import { UnlockPage } from './pages/UnlockPage';

const MINUTE = 60_000;

/** The draft main holds for the add-account form, read the way the form itself reads it after an unlock. */
async function savedDraft(app: TestApp): Promise<unknown> {
  const result = await app.backend.dispatch({ senderUrl: APP_URL, channel: 'drafts.get', payload: { form: 'accounts.add' } });
  return result.ok ? ((result.value as { data: unknown } | null)?.data ?? null) : result.error.code;
}

const keepAlives = (app: TestApp) => app.calls.filter((c) => c === 'session.keepAlive').length;

async function openAddAccount(app: TestApp): Promise<AddAccountPage> {
  await new HomePage(app.page).navLink('Accounts').click();
  await new AccountsPage(app.page).add.click();
  const add = new AddAccountPage(app.page);
  await add.expectShown();
  return add;
}

test('after the idle time the vault locks, nothing typed stays on screen, and the half-typed form is offered back', async ({
  app,
}) => {
  await createVault(app);
  const add = await openAddAccount(app);
  await add.name.fill(teacher.name);
  await add.role.selectOption(teacher.role);
  await add.passphrase.fill(teacher.passphrase);
  // The draft holds the name and the role, never the passphrase.
  await expect.poll(() => savedDraft(app)).toEqual({ name: teacher.name, role: teacher.role });

  app.platform.advance(6 * MINUTE);
  const unlock = new UnlockPage(app.page);
  await unlock.expectShown();
  await expect(app.page.getByText(teacher.name)).toHaveCount(0);
  await expect(app.page.getByText(school.schoolName)).toHaveCount(0);
  const values = await app.page.locator('input, select, textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(values.join('|')).not.toContain(teacher.name);
  expect((await vaultStatus(app)).state).toBe('locked');

  await signIn(app, school.sencoName, passphrase, senco);
  const again = await openAddAccount(app);
  await expect(again.draftOffer).toContainText('You were adding an account when SENCO Desk locked.');
  await expect(again.name).toHaveValue('');
  await checkScreen(app.page, 'account-add-draft-offer');
  await again.restore.click();
  await expect(again.draftOffer).toHaveCount(0);
  await expect(again.name).toHaveValue(teacher.name);
  await expect(again.role).toHaveValue(teacher.role);
  await expect(again.passphrase).toHaveValue('');
  await expect(again.name).toBeFocused();

  await again.passphrase.fill(teacher.passphrase);
  await again.passphraseConfirm.fill(teacher.passphrase);
  await again.submit.click();
  await expect(new AccountsPage(app.page).notice).toContainText(`Account added for ${teacher.name}`);
  await expect.poll(() => savedDraft(app)).toBeNull();
});

test('a discarded draft is gone for good', async ({ app }) => {
  await createVault(app);
  const add = await openAddAccount(app);
  await add.name.fill(teacher.name);
  await expect.poll(() => savedDraft(app)).toEqual({ name: teacher.name, role: '' });
  app.platform.emit('lock-screen');

  await signIn(app, school.sencoName, passphrase, senco);
  const again = await openAddAccount(app);
  await again.discard.click();
  await expect(again.draftOffer).toHaveCount(0);
  await expect(again.name).toBeFocused();
  await expect.poll(() => savedDraft(app)).toBeNull();
});

test('activity pushes the idle lock back; main is told at most every 30 seconds', async ({ app }) => {
  await createVault(app);
  const home = new HomePage(app.page);
  // The window's throttle runs on the page's clock: take it over so that 30 seconds pass without waiting.
  await app.page.clock.install();
  await app.page.clock.fastForward(31_000);
  app.platform.advance(4 * MINUTE);

  const before = keepAlives(app);
  await app.page.keyboard.press('Shift');
  await expect.poll(() => keepAlives(app)).toBe(before + 1);
  await app.page.keyboard.press('Shift');
  await app.page.mouse.move(10, 10);
  await app.page.evaluate(() => window.senco.vault.status());
  expect(keepAlives(app), 'activity within 30 seconds is not reported again').toBe(before + 1);

  // 6 minutes after sign-in but only 2 after the last activity: still open. (Asked without a call:
  // every call counts as activity, a status call from the test included.)
  app.platform.advance(2 * MINUTE);
  await expect(home.heading).toBeVisible();
  expect(app.backend.session.isUnlocked()).toBe(true);

  app.platform.advance(4 * MINUTE);
  await new UnlockPage(app.page).expectShown();
  expect((await vaultStatus(app)).state).toBe('locked');
});
