import type { Locator, Page } from '@playwright/test';

/** A pupil's file and the buttons that change it. */
export class PupilFilePage {
  readonly back: Locator;
  readonly notice: Locator;
  readonly senNow: Locator;
  readonly details: Locator;
  readonly statuses: Locator;
  readonly needs: Locator;
  readonly changeStatus: Locator;
  readonly setNeeds: Locator;
  readonly addToMonitoring: Locator;
  readonly moveToSupport: Locator;
  readonly changeButtons: Locator;
  readonly changeDetails: Locator;
  readonly contacts: Locator;
  readonly professionals: Locator;
  readonly profile: Locator;
  readonly consents: Locator;

  constructor(readonly page: Page) {
    this.back = page.getByRole('link', { name: 'Back to the register' });
    this.notice = page.locator('.success-panel');
    this.senNow = page.getByRole('region', { name: 'SEN now' });
    this.details = page.getByRole('region', { name: 'Details' });
    this.statuses = page.getByRole('table', { name: 'Status periods' });
    this.needs = page.getByRole('table', { name: 'Needs' });
    this.changeStatus = page.getByRole('button', { name: 'Change SEN status' });
    this.setNeeds = page.getByRole('button', { name: 'Set needs' });
    this.addToMonitoring = page.getByRole('button', { name: 'Add to monitoring' });
    this.moveToSupport = page.getByRole('button', { name: 'Move to SEN support' });
    this.changeButtons = page.locator('.pupil-actions button');
    this.changeDetails = page.getByRole('button', { name: 'Change details' });
    this.contacts = page.getByRole('region', { name: 'Parents and carers' });
    this.professionals = page.getByRole('region', { name: 'Professionals involved' });
    this.profile = page.getByRole('region', { name: 'One-page profile' });
    this.consents = page.getByRole('region', { name: 'Consent to share' });
  }

  /** Opens a folded list of earlier versions by the start of its summary ("Earlier versions of the profile"); returns it. */
  async openEarlier(summary: string, within: Locator = this.page.locator('main')): Promise<Locator> {
    const opener = within.locator('summary', { hasText: summary });
    await opener.click();
    return opener.locator('xpath=..');
  }

  /** A folded list of earlier versions, open or not. */
  earlier(summary: string, within: Locator = this.page.locator('main')): Locator {
    return within.locator('summary', { hasText: summary }).locator('xpath=..');
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
