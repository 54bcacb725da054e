import { expect, type Locator, type Page } from '@playwright/test';

export interface NewVault {
  schoolName: string;
  sencoName: string;
  passphrase: string;
  passphraseConfirm: string;
}

export class CreateVaultPage {
  readonly heading: Locator;
  readonly schoolName: Locator;
  readonly sencoName: Locator;
  readonly passphrase: Locator;
  readonly passphraseConfirm: Locator;
  /** Shown only where the computer has no keychain. */
  readonly passphraseOnly: Locator;
  readonly submit: Locator;
  readonly working: Locator;
  readonly strength: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Create a school vault' });
    this.schoolName = page.getByLabel('School name');
    this.sencoName = page.getByLabel('Your name');
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.passphraseConfirm = page.getByLabel('Confirm passphrase');
    this.passphraseOnly = page.getByLabel('I understand: protect the vault with passphrases only');
    this.submit = page.getByRole('button', { name: 'Create the vault' });
    this.working = page.getByRole('button', { name: 'Creating the vault…' });
    this.strength = page.locator('#passphrase-strength');
    this.errorSummary = page.getByRole('alert');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.schoolName).toBeFocused();
  }

  async fill(vault: NewVault): Promise<void> {
    await this.schoolName.fill(vault.schoolName);
    await this.sencoName.fill(vault.sencoName);
    await this.passphrase.fill(vault.passphrase);
    await this.passphraseConfirm.fill(vault.passphraseConfirm);
  }

  async create(vault: NewVault): Promise<void> {
    await this.fill(vault);
    await this.submit.click();
  }
}
