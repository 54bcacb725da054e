import { expect, type Locator, type Page } from '@playwright/test';

/** The SEND register on the home screen: filters, counts and the windowed table. */
export class RegisterPage {
  readonly heading: Locator;
  readonly addPupil: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly need: Locator;
  readonly year: Locator;
  readonly includeLeavers: Locator;
  readonly count: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'SEND register' });
    this.addPupil = page.getByRole('button', { name: 'Add a pupil' });
    this.search = page.getByLabel('Search by name or UPN');
    this.status = page.getByLabel('Status', { exact: true });
    this.need = page.getByLabel('Need', { exact: true });
    this.year = page.getByLabel('Year', { exact: true });
    this.includeLeavers = page.getByLabel('Include leavers');
    this.count = page.locator('.register-count');
    this.table = page.getByRole('table', { name: /^Pupils/ });
    this.rows = this.table.locator('tbody tr[aria-rowindex]');
  }

  /** The names shown, in order (the buttons that open each file). */
  names(): Promise<string[]> {
    return this.rows.locator('th button').allTextContents();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  async expectNames(names: string[]): Promise<void> {
    await expect(this.count).toHaveText(`${names.length} ${names.length === 1 ? 'pupil' : 'pupils'} shown`);
    await expect.poll(() => this.names()).toEqual(names);
  }
}
