import { expect, type Locator, type Page } from '@playwright/test';

export class HomePage {
  readonly heading: Locator;
  readonly banner: Locator;
  readonly signedIn: Locator;
  readonly lock: Locator;
  readonly emptyRegister: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'SEND register' });
    this.banner = page.getByRole('banner');
    this.signedIn = this.banner.locator('.signed-in');
    this.lock = this.banner.getByRole('button', { name: 'Lock' });
    this.emptyRegister = page.getByRole('main').getByRole('region', { name: 'The SEND register is empty' });
  }

  async expectShown(who: { schoolName: string; sencoName: string; roleLabel: string }): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.heading).toBeFocused();
    await expect(this.banner).toContainText(who.schoolName);
    await expect(this.signedIn).toHaveText(`Signed in as ${who.sencoName}, ${who.roleLabel}`);
    await expect(this.emptyRegister).toContainText('Pupils will appear here');
  }
}
