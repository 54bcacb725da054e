import { expect, test } from './fixtures';
import { passphrase, school, senco as signedIn } from './journeys';
import { CreateVaultPage } from './pages/CreateVaultPage';
import { HomePage } from './pages/HomePage';
import { RecoveryKeyPage } from './pages/RecoveryKeyPage';
import { UnlockPage } from './pages/UnlockPage';

test('keyboard alone can create the vault, lock it and unlock it', async ({ app }) => {
  const { keyboard } = app.page;
  const create = new CreateVaultPage(app.page);
  await create.expectShown();
  await keyboard.type(school.schoolName);
  await keyboard.press('Tab');
  await expect(create.sencoName).toBeFocused();
  await keyboard.type(school.sencoName);
  await keyboard.press('Tab');
  await expect(create.passphrase).toBeFocused();
  await keyboard.type(passphrase);
  await keyboard.press('Tab');
  await expect(create.passphraseConfirm).toBeFocused();
  await keyboard.type(passphrase);
  await keyboard.press('Enter');

  // The recovery key: past the kit button to "I have recorded it", then the two groups asked for.
  const recovery = new RecoveryKeyPage(app.page);
  const key = await recovery.readKey();
  await keyboard.press('Tab');
  await expect(recovery.saveKit).toBeFocused();
  await keyboard.press('Tab');
  await expect(recovery.recorded).toBeFocused();
  await keyboard.press('Enter');
  const [first, second] = await recovery.askedGroups();
  await expect(app.page.getByLabel(`Group ${first}`, { exact: true })).toBeFocused();
  await keyboard.type(key[first! - 1]!);
  await keyboard.press('Tab');
  await keyboard.type(key[second! - 1]!.toLowerCase());
  await keyboard.press('Enter');

  // Back from the heading: the nav (Settings, Disclosures, Accounts, Provision, SEND register), then Lock.
  const home = new HomePage(app.page);
  await home.expectShown(signedIn);
  for (let i = 0; i < 6; i++) await keyboard.press('Shift+Tab');
  await expect(home.lock).toBeFocused();
  await keyboard.press('Enter');

  const unlock = new UnlockPage(app.page);
  await unlock.expectShown();
  await keyboard.type(school.sencoName);
  await keyboard.press('Tab');
  await keyboard.type(passphrase);
  await keyboard.press('Enter');
  await home.expectShown(signedIn);
});
