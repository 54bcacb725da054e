import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { screensDir } from './screens';

/**
 * A document as Chromium prints it, with the options the app's print window
 * uses (electron/platform/electronPlatform.ts), read back with poppler's
 * pdftotext and pdfinfo (Debian: poppler-utils).
 */
export interface Printed {
  pdf: Buffer;
  pages: number;
  /** pdftotext -raw: the text in the order Chromium drew it, which is the order of the HTML. */
  text: string;
  /** pdftotext -layout: the text as it lies on the page, row by row. */
  layout: string;
  /** Every request the page tried to make: a document makes none. */
  requests: string[];
  file: string;
}

/** Fails early, with the fix, where poppler is missing. */
export function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdfinfo', 'pdftoppm']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils).`);
    }
  }
}

export async function printPdf(browser: Browser, html: string, dir: string, name: string): Promise<Printed> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    await page.route('**/*', async (route) => {
      requests.push(route.request().url());
      await route.abort('blockedbyclient');
    });
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const file = path.join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return { pdf, pages, text, layout, requests, file };
  } finally {
    await context.close();
  }
}

/** Page 1 of the PDF as a PNG in test-results/screens, to look at what the printer will get. */
export function pagePicture(file: string, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(screensDir, name)]);
}

export const squash = (text: string): string => text.replace(/\s+/g, ' ');
