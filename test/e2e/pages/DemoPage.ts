import { expect, type Locator, type Page } from '@playwright/test';

/** The ways into and out of the demo school, and the DEMO banner every screen shows while it is in use. */
export class DemoPage {
  readonly tryDemo: Locator;
  readonly banner: Locator;
  readonly restart: Locator;
  readonly leave: Locator;
  readonly opening: Locator;
  readonly progress: Locator;
  readonly restartHeading: Locator;
  readonly confirmRestart: Locator;
  readonly lockedHeading: Locator;
  readonly openAgain: Locator;

  constructor(readonly page: Page) {
    this.tryDemo = page.getByRole('button', { name: 'Try with a demo school' });
    this.banner = page.getByRole('banner').locator('.demo-banner');
    this.restart = this.banner.getByRole('button', { name: 'Start the demo again' });
    this.leave = this.banner.getByRole('button', { name: 'Leave the demo' });
    this.opening = page.getByRole('heading', { level: 1, name: /^(Opening|Building) the demo school$/ });
    this.progress = page.getByRole('progressbar', { name: 'Progress' });
    this.restartHeading = page.getByRole('heading', { level: 1, name: 'Start the demo again?' });
    this.confirmRestart = page.getByRole('button', { name: 'Yes, start the demo again' });
    this.lockedHeading = page.getByRole('heading', { level: 1, name: 'The demo school is locked' });
    this.openAgain = page.getByRole('button', { name: 'Open the demo school again' });
  }

  /** The banner is there, says DEMO in words, and the window title starts with DEMO. */
  async expectMarked(): Promise<void> {
    await expect(this.banner).toBeVisible();
    await expect(this.banner).toContainText('DEMO This is the demo school. Every pupil in it is made up');
    await expect(this.page).toHaveTitle(/^DEMO – .+ – SENCO Desk$/);
  }

  async expectNotMarked(): Promise<void> {
    await expect(this.banner).toHaveCount(0);
    await expect(this.page).not.toHaveTitle(/DEMO/);
  }

  /** Records every message the progress panel shows, however briefly, from now on. */
  async recordProgress(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { demoProgressSeen: string[] }).demoProgressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.progress-panel [role="status"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { demoProgressSeen: string[] }).demoProgressSeen);
  }
}
