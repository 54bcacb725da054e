import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmergencyKit, type EmergencyKitModel } from '../../../electron/documents/emergencyKit';
import { formatRecoveryKey } from '../../../shared/rules/recoveryKey';
import { chromiumLaunchOptions } from '../../support/chromium';
import { pagePicture, printPdf, requirePoppler, squash } from '../../support/pdf';
import { screensDir } from '../../support/screens';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

/**
 * The kit as Chromium prints it, with the options the app's print window uses
 * (electron/platform/electronPlatform.ts). Text is read back with poppler's
 * pdftotext and pdfinfo (Debian: poppler-utils).
 */

const groups = formatRecoveryKey(Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256));
const model: EmergencyKitModel = {
  // The longest names the forms allow would still have to fit on the one page.
  schoolName: 'St Mary & St John’s Church of England Voluntary Aided Primary School and Nursery, Little Snoring',
  vaultId: '6f1c2a9e-3b47-4d2e-9a51-0c8e7b4f2d13',
  createdOn: '2026-11-29',
  recoveryKeyGroups: groups,
  printedBy: 'Ms Joanna Fairweather-Okonkwo (SENCO)',
  printedAt: '2026-11-29T14:05:00Z',
};

let browser: Browser;
let work: string;

beforeAll(async () => {
  requirePoppler();
  browser = await chromium.launch(chromiumLaunchOptions());
  work = mkdtempSync(path.join(tmpdir(), 'senco-kit-'));
  mkdirSync(screensDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const print = (html: string, name: string) => printPdf(browser, html, work, name);

describe('the emergency kit as a PDF', () => {
  it('is one A4 page with the key, the school and the footer as text', async () => {
    const printed = await print(renderEmergencyKit(model), 'kit');
    pagePicture(printed.file, 'emergency-kit');

    expect(printed.pages).toBe(1);
    // The byte count agrees with pdfinfo: one page object.
    expect(printed.pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)).toHaveLength(1);
    expect(execFileSync('pdfinfo', [printed.file], { encoding: 'utf8' })).toMatch(/^Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)/m);
    expect(printed.requests).toEqual([]);

    const text = squash(printed.text);
    expect(text).toContain('SENCO Desk emergency kit');
    expect(text).toContain('29 November 2026');
    expect(text).toContain(model.vaultId);
    expect(text).toContain('St Mary & St John’s');
    expect(text).toContain('CONFIDENTIAL');
    expect(text).toContain('Printed by Ms Joanna Fairweather-Okonkwo (SENCO) on 29 November 2026 at 2:05pm');
    expect(text).toContain('Page 1 of 1');
    expect(text).not.toContain('DEMO');

    // Each group whole and numbered, in order in the text and row by row on the page.
    expect(text).toContain(groups.map((group, i) => `${i + 1} ${group}`).join(' '));
    let from = 0;
    groups.forEach((group, i) => {
      const at = printed.layout.indexOf(group, from);
      expect(at, `group ${i + 1} (${group}) on the page after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + group.length;
    });
  });

  it('marks a demo kit on the page and in the margin', async () => {
    const printed = await print(renderEmergencyKit({ ...model, demo: true }), 'demo');
    pagePicture(printed.file, 'emergency-kit-demo');
    expect(printed.pages).toBe(1);
    expect(squash(printed.text).match(/DEMO — not a real school/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('stays on one page in the fallback fonts of a bare Linux machine', async () => {
    // Without Arial or its metric twin Chromium falls back to a wider sans; the page must still hold.
    const wide = renderEmergencyKit({ ...model, demo: true }).replaceAll(
      'Arial, "Liberation Sans", Helvetica, sans-serif',
      '"DejaVu Sans", sans-serif',
    );
    expect(wide).toContain('"DejaVu Sans"');
    const printed = await print(wide, 'wide');
    pagePicture(printed.file, 'emergency-kit-fallback-fonts');
    expect(printed.pages).toBe(1);
  });

  it('runs no script and reaches no network even when a value tries', async () => {
    const hostile = renderEmergencyKit({
      ...model,
      schoolName: '<script>document.title="pwned"</script><img src="http://example.invalid/x.png">',
      printedBy: '"; } body { display: none } @page { content: "',
    });
    const printed = await print(hostile, 'hostile');
    expect(printed.requests).toEqual([]);
    expect(printed.pages).toBe(1);
    const text = squash(printed.text);
    expect(text).toContain('<script>document.title="pwned"</script>');
    expect(text).toContain('Printed by "; } body { display: none } @page { content: "');
  });
});

describe('the emergency kit on screen', () => {
  it('carries the print policy, passes axe-core and is saved as a screenshot', async () => {
    // (The printed page itself is test-results/screens/emergency-kit.png, drawn from the PDF.)
    const html = renderEmergencyKit(model);
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(html, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(screensDir, 'emergency-kit-screen.png'), fullPage: true });
      await page.evaluate(axe.source);
      const violations = await page.evaluate(async () => {
        const run = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string }[] }> } }).axe;
        return (await run.run()).violations.map((v) => `${v.id}: ${v.help}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
