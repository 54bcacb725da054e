import { expect, type Locator, type Page } from '@playwright/test';

export class UnlockPage {
  readonly heading: Locator;
  readonly passphrase: Locator;
  readonly submit: Locator;
  readonly fieldError: Locator;
  /** The screen-reader announcement of a refusal. */
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Unlock SENCO Desk' });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.submit = page.getByRole('button', { name: 'Unlock' });
    this.fieldError = page.locator('#unlock-passphrase-error');
    this.announcement = page.getByRole('alert');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.passphrase).toBeFocused();
  }

  async unlockWith(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.submit.click();
  }
}
