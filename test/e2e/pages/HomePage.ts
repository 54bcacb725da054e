import { expect, type Locator, type Page } from '@playwright/test';
import { roleLabels } from '../../../shared/domain/roles';

export interface SignedIn {
  schoolName: string;
  name: string;
  roleLabel: string;
}

export class HomePage {
  readonly heading: Locator;
  readonly banner: Locator;
  readonly signedIn: Locator;
  readonly lock: Locator;
  readonly nav: Locator;
  readonly emptyRegister: Locator;
  /** What a teacher or TA sees instead: main refuses them the register. */
  readonly registerClosed: Locator;
  readonly noRecoveryKey: Locator;
  readonly accountsNeedingPassphrase: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'SEND register' });
    this.banner = page.getByRole('banner');
    this.signedIn = this.banner.locator('.signed-in');
    this.lock = this.banner.getByRole('button', { name: 'Lock' });
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.emptyRegister = page.getByRole('main').getByRole('region', { name: 'The SEND register is empty' });
    this.registerClosed = page.getByRole('main').getByRole('region', { name: 'The SEND register is not shared with your role' });
    this.noRecoveryKey = page.getByRole('region', { name: 'No recovery key has been confirmed for this vault' });
    this.accountsNeedingPassphrase = page.getByRole('region', { name: /staff accounts? needs? a new passphrase/ });
    this.notice = page.locator('.success-panel');
  }

  navLink(label: 'SEND register' | 'Accounts' | 'Disclosures' | 'Settings'): Locator {
    return this.nav.getByRole('link', { name: label, exact: true });
  }

  async expectShown(who: SignedIn): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.heading).toBeFocused();
    await expect(this.banner).toContainText(who.schoolName);
    await expect(this.signedIn).toHaveText(`Signed in as ${who.name}, ${who.roleLabel}`);
    if (who.roleLabel === roleLabels.teacher) await expect(this.registerClosed).toBeVisible();
    else await expect(this.emptyRegister).toContainText('Pupils will appear here');
  }
}
