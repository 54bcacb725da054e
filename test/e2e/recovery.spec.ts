import { randomBytes } from 'node:crypto';
import { formatRecoveryKey } from '../../shared/rules/recoveryKey';
import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault, lock, passphrase, school, senco, signIn, vaultStatus } from './journeys';
import { mistype, typedLoosely } from './keyText';
import { HomePage } from './pages/HomePage';
import { RecoverPage } from './pages/RecoverPage';
import { UnlockPage } from './pages/UnlockPage';

const newPassphrase = 'lilac tugboat meadow pretzel';

test('on a laptop without the device secret the passphrase cannot work; the recovery key opens the vault', async ({ app }) => {
  const key = await createVault(app);
  await lock(app);
  await app.forgetDeviceSecret();

  const unlock = new UnlockPage(app.page);
  await unlock.unlockWith(school.sencoName, passphrase);
  await expect(unlock.notice).toContainText('This laptop cannot open the vault with a passphrase');
  await expect(unlock.notice).toContainText(/recovery key/i);
  await expect(unlock.useRecoveryKey).toBeFocused();
  await expect(unlock.useRecoveryKey).toHaveCount(1);
  await checkScreen(app.page, 'unlock-needs-recovery');

  await unlock.useRecoveryKey.click();
  const recover = new RecoverPage(app.page);
  await recover.expectShown();
  await checkScreen(app.page, 'recover-key');
  // Typed as a person would from paper: lower case, spaces, a line break. Only the characters count.
  await recover.key.fill(typedLoosely(key));
  await expect(recover.typed).toHaveText('All 13 groups typed. The key looks right.');
  await checkScreen(app.page, 'recover-key-typed');
  await recover.continue.click();

  await expect(recover.passphraseHeading).toBeFocused();
  await expect(app.page.getByRole('main')).toContainText(`You will sign in as ${school.sencoName}`);
  await expect(app.page.getByRole('region', { name: 'What happens next' })).toContainText('bound to this laptop');
  await expect(recover.passphraseOnly).toHaveCount(0);
  await checkScreen(app.page, 'recover-passphrase');
  await recover.choosePassphrase(newPassphrase);

  const home = new HomePage(app.page);
  await home.expectShown(senco);
  await lock(app);
  await signIn(app, school.sencoName, newPassphrase, senco);
  expect(app.pageErrors).toEqual([]);
});

test('a recovery key with one group mistyped is refused, naming the group', async ({ app }) => {
  const key = await createVault(app);
  await lock(app);
  const unlock = new UnlockPage(app.page);
  await unlock.useRecoveryKey.click();
  const recover = new RecoverPage(app.page);
  await recover.expectShown();

  const wrong = key.map((group, i) => (i === 6 ? mistype(group) : group));
  await recover.key.fill(wrong.join('-'));
  await expect(recover.typed).toContainText('Group 7');
  await recover.continue.click();
  await expect(recover.errorSummary).toContainText('Group 7 does not look right');
  await expect(recover.keyError).toContainText('Group 7');
  await expect(recover.key).toBeFocused();
  await expect(recover.key).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(app.page, 'recover-key-wrong');

  // A well-formed key that is not this vault's: main says so.
  const other = formatRecoveryKey(new Uint8Array(randomBytes(32)));
  await recover.key.fill(other.join('-'));
  await expect(recover.typed).toHaveText('All 13 groups typed. The key looks right.');
  await recover.continue.click();
  await expect(recover.keyError).toHaveText(/\S/);
  await expect(recover.passphraseHeading).toHaveCount(0);
  expect((await vaultStatus(app)).state).toBe('locked');

  await app.page.getByRole('button', { name: 'Back to sign in' }).click();
  await unlock.expectShown();
});

test('after five wrong passphrases the sixth attempt is told to wait, and the recovery key still works', async ({ app }) => {
  const key = await createVault(app);
  await lock(app);
  const unlock = new UnlockPage(app.page);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await unlock.unlockWith(school.sencoName, `not the passphrase ${attempt}`);
    await expect(unlock.submit).toBeEnabled();
    await expect(unlock.announcement).toHaveText(/\S/);
  }
  const status = await vaultStatus(app);
  expect(status.passphraseWaitUntil).toEqual(expect.any(String));

  await unlock.unlockWith(school.sencoName, passphrase);
  await expect(unlock.notice).toContainText('Wait before trying another passphrase');
  await expect(unlock.notice).toContainText('You can try a passphrase again at');
  await expect(unlock.useRecoveryKey).toBeFocused();
  expect((await vaultStatus(app)).state).toBe('locked');
  await checkScreen(app.page, 'unlock-wait');

  // A reload keeps the wait on screen: it comes from main, not from the page.
  await app.page.reload();
  await unlock.expectShown();
  await expect(unlock.notice).toContainText('You can try a passphrase again at');

  await unlock.useRecoveryKey.click();
  const recover = new RecoverPage(app.page);
  await recover.enterKey(key.join(''));
  await recover.choosePassphrase(newPassphrase);
  await new HomePage(app.page).expectShown(senco);
});
