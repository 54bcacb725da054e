import { expect, type Locator, type Page } from '@playwright/test';

export class UnlockPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly passphrase: Locator;
  readonly submit: Locator;
  readonly nameError: Locator;
  readonly fieldError: Locator;
  /** The screen-reader announcement of a refusal. */
  readonly announcement: Locator;
  /** The panel shown when only the recovery key can help (no device secret, or too many attempts). */
  readonly notice: Locator;
  readonly useRecoveryKey: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Unlock SENCO Desk' });
    this.name = page.getByLabel('Your name');
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.submit = page.getByRole('button', { name: 'Unlock' });
    this.nameError = page.locator('#unlock-name-error');
    this.fieldError = page.locator('#unlock-passphrase-error');
    this.announcement = page.getByRole('alert');
    this.notice = page.locator('.warning-panel');
    this.useRecoveryKey = page.getByRole('button', { name: 'Use the recovery key' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.name).toBeFocused();
  }

  async unlockWith(name: string, passphrase: string): Promise<void> {
    await this.name.fill(name);
    await this.passphrase.fill(passphrase);
    await this.submit.click();
  }
}
