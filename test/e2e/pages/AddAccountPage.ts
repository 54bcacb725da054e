import { expect, type Locator, type Page } from '@playwright/test';
import type { Role } from '../../../shared/domain/roles';

export interface NewAccount {
  name: string;
  role: Role;
  passphrase: string;
}

export class AddAccountPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly role: Locator;
  readonly passphrase: Locator;
  readonly passphraseConfirm: Locator;
  readonly submit: Locator;
  readonly cancel: Locator;
  readonly errorSummary: Locator;
  /** "You were adding an account when SENCO Desk locked." */
  readonly draftOffer: Locator;
  readonly restore: Locator;
  readonly discard: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Add an account' });
    this.name = page.getByLabel('Name', { exact: true });
    this.role = page.getByLabel('Role', { exact: true });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.passphraseConfirm = page.getByLabel('Confirm passphrase');
    this.submit = page.getByRole('button', { name: 'Add the account' });
    this.cancel = page.getByRole('button', { name: 'Cancel' });
    this.errorSummary = page.locator('.error-summary');
    this.draftOffer = page.getByRole('region', { name: /^You were adding an account/ });
    this.restore = page.getByRole('button', { name: 'Restore' });
    this.discard = page.getByRole('button', { name: 'Discard' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.name).toBeFocused();
  }

  async fill(account: NewAccount): Promise<void> {
    await this.name.fill(account.name);
    await this.role.selectOption(account.role);
    await this.passphrase.fill(account.passphrase);
    await this.passphraseConfirm.fill(account.passphrase);
  }

  async add(account: NewAccount): Promise<void> {
    await this.fill(account);
    await this.submit.click();
  }
}
