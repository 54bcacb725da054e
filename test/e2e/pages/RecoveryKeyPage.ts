import { expect, type Locator, type Page } from '@playwright/test';

/** "Your recovery key": the key shown once, then "Check your recovery key": two groups typed back. */
export class RecoveryKeyPage {
  readonly heading: Locator;
  readonly groups: Locator;
  readonly saveKit: Locator;
  readonly savedAs: Locator;
  readonly recorded: Locator;
  readonly checkHeading: Locator;
  readonly groupInputs: Locator;
  readonly confirm: Locator;
  readonly showAgain: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Your recovery key' });
    this.groups = page.getByRole('list', { name: 'Recovery key' }).locator('.key-groups__text');
    this.saveKit = page.getByRole('button', { name: 'Save the emergency kit (PDF)' });
    this.savedAs = page.locator('.saved-as');
    this.recorded = page.getByRole('button', { name: 'I have recorded it: continue' });
    this.checkHeading = page.getByRole('heading', { level: 1, name: 'Check your recovery key' });
    this.groupInputs = page.getByLabel(/^Group \d+$/);
    this.confirm = page.getByRole('button', { name: 'Confirm' });
    this.showAgain = page.getByRole('button', { name: 'Show the key again' });
    this.errorSummary = page.locator('.error-summary');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeFocused();
    await expect(this.groups).toHaveCount(13);
  }

  /** The 13 groups as shown, as a person would copy them down. */
  async readKey(): Promise<string[]> {
    await this.expectShown();
    return (await this.groups.allTextContents()).map((g) => g.trim());
  }

  /** The group numbers (1-based) the check asks for. */
  async askedGroups(): Promise<number[]> {
    await expect(this.checkHeading).toBeVisible();
    await expect(this.groupInputs).toHaveCount(2);
    const ids = await this.groupInputs.evaluateAll((inputs) => inputs.map((i) => i.id));
    return ids.map((id) => Number(id.replace('group-', '')));
  }

  /** Types the asked groups from `key`, after `mistype` changes them if given. */
  async confirmWith(key: readonly string[], mistype: (group: string, n: number) => string = (g) => g): Promise<void> {
    for (const n of await this.askedGroups()) {
      await this.page.getByLabel(`Group ${n}`, { exact: true }).fill(mistype(key[n - 1]!, n));
    }
    await this.confirm.click();
  }
}
