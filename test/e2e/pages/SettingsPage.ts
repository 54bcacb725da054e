import { expect, type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  readonly heading: Locator;
  readonly notice: Locator;
  readonly binding: Locator;
  readonly idleMinutes: Locator;
  readonly saveIdle: Locator;
  readonly changePassphrase: Locator;
  readonly newRecoveryKey: Locator;
  readonly rotate: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.notice = page.locator('.success-panel');
    this.binding = page.getByRole('region', { name: 'How the vault is protected' });
    this.idleMinutes = page.getByLabel('Lock after this many minutes without use');
    this.saveIdle = page.getByRole('button', { name: 'Save', exact: true });
    this.changePassphrase = page.getByRole('link', { name: 'Change your passphrase' });
    this.newRecoveryKey = page.getByRole('link', { name: 'Make a new recovery key' });
    this.rotate = page.getByRole('link', { name: 'Rotate the data key' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeFocused();
    await expect(this.binding).toBeVisible();
  }
}
