import { expect, type Locator, type Page } from '@playwright/test';

/** The list of staff accounts, and the refusal a non-SENCO sees instead. */
export class AccountsPage {
  readonly heading: Locator;
  readonly add: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly notice: Locator;
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Staff accounts' });
    this.add = page.getByRole('button', { name: 'Add an account' });
    this.table = page.getByRole('table', { name: 'Staff accounts' });
    this.rows = this.table.locator('tbody tr');
    this.notice = page.locator('.success-panel');
    this.refusal = page.getByRole('alert').filter({ hasText: 'You cannot manage staff accounts' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  }

  /** "Change role", "Reset passphrase", "Remove" — each link names the person for a screen reader. */
  action(action: string, name: string): Locator {
    return this.table.getByRole('link', { name: `${action} for ${name}` });
  }
}
