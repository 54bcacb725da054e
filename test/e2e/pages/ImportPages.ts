import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Locator, type Page } from '@playwright/test';
import type { TestApp } from '../fixtures';

/** Writes a synthetic export into the test's own folder and queues it as the file dialog's answer. */
export async function queueFile(app: TestApp, name: string, lines: string[]): Promise<string> {
  const file = path.join(app.dataDir, name);
  await writeFile(file, lines.join('\r\n'));
  app.platform.queueOpenPath(file);
  return file;
}

/** The steps of the CSV and CTF imports, by what the SENCO sees on them. */
export class ImportPages {
  readonly importCsv: Locator;
  readonly importCtf: Locator;
  readonly chooseCsv: Locator;
  readonly chooseCtf: Locator;
  readonly fullRoll: Locator;
  readonly previewButton: Locator;
  readonly onlyProblems: Locator;
  readonly previewTable: Locator;
  readonly previewRows: Locator;
  readonly errorSummary: Locator;
  readonly notice: Locator;
  readonly importButton: Locator;
  readonly plan: Locator;

  constructor(readonly page: Page) {
    this.importCsv = page.getByRole('button', { name: 'Import pupils from your MIS' });
    this.importCtf = page.getByRole('button', { name: 'Import a CTF' });
    this.chooseCsv = page.getByRole('button', { name: 'Choose the CSV file' });
    this.chooseCtf = page.getByRole('button', { name: 'Choose the CTF file' });
    this.fullRoll = page.getByLabel('This file lists every pupil on roll');
    this.previewButton = page.getByRole('button', { name: 'Preview the import' });
    this.onlyProblems = page.getByLabel('Show only rows with problems');
    this.previewTable = page.getByRole('table', { name: /^Rows of the file/ });
    this.previewRows = this.previewTable.locator('tbody tr[aria-rowindex]');
    this.errorSummary = page.locator('.error-summary');
    this.notice = page.locator('.success-panel');
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.plan = page.locator('.import-plan');
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  row(line: number): Locator {
    return this.previewRows.filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) }).first();
  }
}
