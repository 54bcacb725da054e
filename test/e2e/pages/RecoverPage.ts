import { expect, type Locator, type Page } from '@playwright/test';

/** Opening the vault with the recovery key: the key, then who you are and a new passphrase. */
export class RecoverPage {
  readonly heading: Locator;
  readonly key: Locator;
  readonly typed: Locator;
  readonly continue: Locator;
  readonly keyError: Locator;
  readonly errorSummary: Locator;
  readonly passphraseHeading: Locator;
  readonly passphrase: Locator;
  readonly passphraseConfirm: Locator;
  readonly passphraseOnly: Locator;
  readonly open: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Use the recovery key' });
    this.key = page.getByLabel('Recovery key');
    this.typed = page.locator('#recovery-key-typed');
    this.continue = page.getByRole('button', { name: 'Continue' });
    this.keyError = page.locator('#recovery-key-error');
    this.errorSummary = page.locator('.error-summary');
    this.passphraseHeading = page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' });
    this.passphrase = page.getByLabel('New passphrase', { exact: true });
    this.passphraseConfirm = page.getByLabel('Confirm new passphrase');
    this.passphraseOnly = page.getByLabel('I understand: protect the vault with passphrases only');
    this.open = page.getByRole('button', { name: 'Open the vault' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.key).toBeFocused();
  }

  async enterKey(text: string): Promise<void> {
    await this.key.fill(text);
    await this.continue.click();
  }

  async choosePassphrase(passphrase: string): Promise<void> {
    await expect(this.passphraseHeading).toBeFocused();
    await this.passphrase.fill(passphrase);
    await this.passphraseConfirm.fill(passphrase);
    await this.open.click();
  }
}
