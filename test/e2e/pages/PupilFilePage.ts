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
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
