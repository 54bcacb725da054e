import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkScreen } from '../support/screens';
import { expect, type TestApp, test } from './fixtures';
import { passphrase, school, senco as signedIn, vaultStatus } from './journeys';
import { CreateVaultPage } from './pages/CreateVaultPage';
import { HomePage } from './pages/HomePage';
import { RecoveryKeyPage } from './pages/RecoveryKeyPage';
import { UnlockPage } from './pages/UnlockPage';

const vaultState = async (app: TestApp): Promise<string> => (await vaultStatus(app)).state;

/** The key screen after creating: record the key (two groups typed back) and go on to the home screen. */
async function recordKey(app: TestApp): Promise<void> {
  const recovery = new RecoveryKeyPage(app.page);
  const key = await recovery.readKey();
  await recovery.recorded.click();
  await recovery.confirmWith(key);
}

test('the SENCO creates a vault, locks it, is refused a wrong passphrase and unlocks it', async ({ app }) => {
  const create = new CreateVaultPage(app.page);
  await create.expectShown();
  await checkScreen(app.page, 'create-vault');

  await create.fill(school);
  await expect(create.strength).toContainText(/Strength: (Strong|Very strong)/);
  await checkScreen(app.page, 'create-vault-filled');

  const release = app.hold('vault.create');
  await create.submit.click();
  await expect(create.working).toBeDisabled();
  release();

  await recordKey(app);
  const home = new HomePage(app.page);
  await home.expectShown(signedIn);
  await checkScreen(app.page, 'home');
  expect(await vaultState(app)).toBe('unlocked');

  await home.lock.click();
  const unlock = new UnlockPage(app.page);
  await unlock.expectShown();
  expect(await vaultState(app)).toBe('locked');
  await checkScreen(app.page, 'unlock');

  await unlock.unlockWith(school.sencoName, 'not the right passphrase at all');
  await expect(unlock.fieldError).toHaveText(/\S/);
  const message = (await unlock.fieldError.textContent())?.replace(/^Error:\s*/, '') ?? '';
  await expect(unlock.announcement).toHaveText(message);
  await expect(unlock.passphrase).toBeFocused();
  await expect(unlock.passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(unlock.passphrase).toHaveAccessibleDescription(new RegExp(escape(message)));
  expect(await vaultState(app)).toBe('locked');
  await checkScreen(app.page, 'unlock-wrong-passphrase');

  const releaseUnlock = app.hold('vault.unlock');
  await unlock.unlockWith(school.sencoName, passphrase);
  await expect(app.page.getByRole('button', { name: 'Unlocking…' })).toBeDisabled();
  releaseUnlock();
  await home.expectShown(signedIn);

  expect(app.foreignRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test('the create form refuses a weak passphrase and a mismatched confirmation, saying why', async ({ app }) => {
  const create = new CreateVaultPage(app.page);
  await create.expectShown();

  await create.submit.click();
  await expect(create.errorSummary).toContainText('There is a problem');
  await expect(create.schoolName).toHaveAccessibleDescription(/Enter the name of the school/);
  await expect(create.schoolName).toBeFocused();

  await create.create({ ...school, passphrase: 'password1', passphraseConfirm: 'password2' });
  await expect(create.errorSummary).toContainText('Use at least 12 characters');
  await expect(create.errorSummary).toContainText('too easy to guess');
  await expect(create.errorSummary).toContainText('The two passphrases do not match.');
  await expect(create.passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(create.passphrase).toHaveAccessibleDescription(/too easy to guess/);
  await expect(create.passphraseConfirm).toHaveAccessibleDescription(/do not match/);
  await expect(create.passphrase).toBeFocused();
  await checkScreen(app.page, 'create-vault-errors');

  // Long enough but built from the school's own name: the rule knows what an attacker would try first.
  await create.create({ ...school, passphrase: 'oakfieldprimary', passphraseConfirm: 'oakfieldprimary' });
  await expect(create.errorSummary).toContainText('too easy to guess');
  await expect(create.errorSummary).not.toContainText('Use at least 12 characters');

  await create.errorSummary.getByRole('link', { name: /too easy to guess/ }).click();
  await expect(create.passphrase).toBeFocused();
  expect(await vaultState(app)).toBe('none');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('when the OS locks the screen the vault locks and the window leaves the home screen at once', async ({ app }) => {
  const create = new CreateVaultPage(app.page);
  await create.expectShown();
  await create.fill(school);
  await create.submit.click();
  await recordKey(app);
  const home = new HomePage(app.page);
  await home.expectShown(signedIn);

  app.platform.emit('lock-screen');

  await new UnlockPage(app.page).expectShown();
  await expect(app.page.getByText(school.schoolName)).toHaveCount(0);
  await expect(app.page.getByText(school.sencoName)).toHaveCount(0);
  expect(await vaultState(app)).toBe('locked');
});

test('a damaged vault file gets a screen that explains it and offers no way to delete anything', async ({ app }) => {
  await writeFile(path.join(app.dataDir, 'senco.vault'), '{ "app": "senco-desk", "format": 1 ');
  await app.page.reload();

  const heading = app.page.getByRole('heading', { level: 1, name: 'SENCO Desk cannot open the vault' });
  await expect(heading).toBeVisible();
  await expect(app.page.getByRole('main')).toContainText('Restore the vault file from your backup');
  await expect(app.page.getByRole('button')).toHaveText(['Try again']);
  await checkScreen(app.page, 'vault-damaged');
});
