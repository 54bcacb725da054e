import { expect } from '@playwright/test';
import { roleLabels } from '../../shared/domain/roles';
import { APP_URL } from '../support/appOrigin';
import type { TestApp } from './fixtures';
import { AccountsPage } from './pages/AccountsPage';
import { AddAccountPage, type NewAccount } from './pages/AddAccountPage';
import { CreateVaultPage, type NewVault } from './pages/CreateVaultPage';
import { HomePage, type SignedIn } from './pages/HomePage';
import { RecoveryKeyPage } from './pages/RecoveryKeyPage';
import { UnlockPage } from './pages/UnlockPage';

/** The synthetic school every journey uses; the passphrases are strong enough for the rule. */
export const passphrase = 'copper kettle orchard lantern';
export const school: NewVault = {
  schoolName: 'Oakfield Primary School',
  sencoName: 'Priya Sharma',
  passphrase,
  passphraseConfirm: passphrase,
};
export const senco: SignedIn = { schoolName: school.schoolName, name: school.sencoName, roleLabel: roleLabels.senco };
export const deputy: NewAccount = { name: 'Tom Okafor', role: 'deputy-senco', passphrase: 'violet harbour ribbon tractor' };
export const teacher: NewAccount = { name: 'Sam Whitfield', role: 'teacher', passphrase: 'marble pigeon saucer glacier' };

export const signedInAs = (account: NewAccount): SignedIn => ({
  schoolName: school.schoolName,
  name: account.name,
  roleLabel: roleLabels[account.role],
});

/** Creates the vault and stops on the recovery key, as the SENCO sees it; returns the key read from the screen. */
export async function createVaultUntilKey(app: TestApp): Promise<string[]> {
  const create = new CreateVaultPage(app.page);
  await create.expectShown();
  await create.create(school);
  return new RecoveryKeyPage(app.page).readKey();
}

/** Creates the vault, records the key (types two groups back) and ends on the home screen. */
export async function createVault(app: TestApp): Promise<string[]> {
  const key = await createVaultUntilKey(app);
  const recovery = new RecoveryKeyPage(app.page);
  await recovery.recorded.click();
  await recovery.confirmWith(key);
  await new HomePage(app.page).expectShown(senco);
  return key;
}

export async function signIn(app: TestApp, name: string, pass: string, who: SignedIn): Promise<void> {
  const unlock = new UnlockPage(app.page);
  await unlock.expectShown();
  await unlock.unlockWith(name, pass);
  await new HomePage(app.page).expectShown(who);
}

export async function lock(app: TestApp): Promise<void> {
  await new HomePage(app.page).lock.click();
  await new UnlockPage(app.page).expectShown();
}

/** From anywhere signed in as the SENCO: Accounts → Add an account → the list with the new account. */
export async function addAccount(app: TestApp, account: NewAccount): Promise<void> {
  await new HomePage(app.page).navLink('Accounts').click();
  const accounts = new AccountsPage(app.page);
  await accounts.expectShown();
  await accounts.add.click();
  const add = new AddAccountPage(app.page);
  await add.expectShown();
  await add.add(account);
  await expect(accounts.notice).toContainText(`Account added for ${account.name}`);
  await expect(accounts.row(account.name)).toContainText(roleLabels[account.role]);
}

/** Asks main directly, so a test can tell what the vault is, not only what the screen says. */
export async function vaultStatus(app: TestApp): Promise<Record<string, unknown> & { state: string }> {
  const result = await app.backend.dispatch({ senderUrl: APP_URL, channel: 'vault.status', payload: undefined });
  if (!result.ok) throw new Error(`vault.status refused: ${result.error.message}`);
  return result.value as Record<string, unknown> & { state: string };
}
