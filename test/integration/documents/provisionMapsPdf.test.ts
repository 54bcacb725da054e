import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderImpactSheet } from '../../../electron/documents/impactSheet';
import { renderPupilProvisionMap } from '../../../electron/documents/pupilProvisionMap';
import { isLandscape } from '../../../electron/documents/page';
import { renderSchoolProvisionMap, schoolProvisionMapPage } from '../../../electron/documents/schoolProvisionMap';
import { formatPence } from '../../../electron/documents/provisionWords';
import { chromiumLaunchOptions } from '../../support/chromium';
import { type Printed, pagePicture, printPdf, requirePoppler, squash } from '../../support/pdf';
import {
  AVAS_GROUPMATES,
  FRAME,
  IMPACT_PUPILS,
  PUPIL,
  SCHOOL_MAP_ENTRIES,
  SCHOOL_PUPILS,
  entryName,
  entryProjectedPence,
  impactSheetView,
  pupilMapView,
  schoolMapView,
} from '../../support/provisionMapFixtures';
import { screensDir } from '../../support/screens';
import { TestPlatform } from '../../support/testPlatform';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

/**
 * The three provision map documents as Chromium prints them (the app's print
 * window options, test/support/pdf.ts), read back page by page with poppler:
 * what each audience may see, the frame on every page, landscape where the
 * map is wide, headers repeated and no row split between pages.
 */

let browser: Browser;
let work: string;

beforeAll(async () => {
  requirePoppler();
  browser = await chromium.launch(chromiumLaunchOptions());
  work = mkdtempSync(path.join(tmpdir(), 'senco-provision-'));
  mkdirSync(screensDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const print = (html: string, name: string) => printPdf(browser, html, work, name);

/** Each page's text, whitespace squashed: pdftotext ends every page with a form feed. */
function pageTexts(printed: Printed): string[] {
  const pages = printed.text.split('\f').slice(0, printed.pages).map(squash);
  expect(pages).toHaveLength(printed.pages);
  return pages;
}

function pageSize(printed: Printed): 'portrait' | 'landscape' {
  const info = execFileSync('pdfinfo', [printed.file], { encoding: 'utf8' });
  if (/^Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts/m.test(info)) return 'portrait';
  if (/^Page size:\s+841(\.\d+)? x 59[45](\.\d+)? pts/m.test(info)) return 'landscape';
  throw new Error(`Not A4: ${/^Page size:.*$/m.exec(info)?.[0]}`);
}

/** The printed frame on every page: CONFIDENTIAL, who printed it and when, and its own page number. */
function expectFrameOnEveryPage(printed: Printed): void {
  pageTexts(printed).forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain('CONFIDENTIAL');
    expect(text, `page ${i + 1}`).toContain('Printed by Helen Carter on 29 November 2026 at 2:05pm');
    expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${printed.pages}`);
  });
}

describe('a pupil’s provision map as a PDF', () => {
  it('gives a parent plain words, no £ and no other pupil’s name', async () => {
    const printed = await print(renderPupilProvisionMap(pupilMapView('parent'), FRAME), 'pupil-map-parent');
    pagePicture(printed.file, 'provision-pupil-map-parent');
    expect(printed.requests).toEqual([]);
    expect(pageSize(printed)).toBe('portrait');
    expectFrameOnEveryPage(printed);
    const text = squash(printed.text);
    expect(text).toContain(`Your child’s support: ${PUPIL}`);
    expect(text).toContain('The support your child gets');
    expect(text).toContain('with 3 other pupils');
    expect(text).toContain('Small-group support (wave 2)');
    expect(text).toContain('When the support happens each week');
    expect(text).not.toContain('£');
    expect(text).not.toMatch(/undefined|null|NaN/);
    for (const other of [...AVAS_GROUPMATES, ...SCHOOL_PUPILS].filter((name) => name !== PUPIL)) expect(text).not.toContain(other);
  });

  it('gives a SENCO’s staff copy the costs, against the £6,000 the school meets', async () => {
    const printed = await print(renderPupilProvisionMap(pupilMapView('staff-costs'), FRAME), 'pupil-map-staff');
    pagePicture(printed.file, 'provision-pupil-map-staff');
    expect(pageSize(printed)).toBe('portrait');
    expectFrameOnEveryPage(printed);
    const text = squash(printed.text);
    expect(text).toContain(`Provision map for ${PUPIL}`);
    expect(text).toContain('Jo Bloggs (Teaching assistant)');
    for (const pence of [41_250, 24_750, 612_000, 427_407, 712_345, 600_000, 112_345]) expect(text).toContain(formatPence(pence));
    expect(text).toContain('Element 3 candidate Yes');
    expect(text).toContain('with 3 other pupils');
    for (const other of AVAS_GROUPMATES) expect(text).not.toContain(other);
  });

  it('gives a meeting the provision and no money', async () => {
    const printed = await print(renderPupilProvisionMap(pupilMapView('meeting'), FRAME), 'pupil-map-meeting');
    expectFrameOnEveryPage(printed);
    const text = squash(printed.text);
    expect(text).toContain('Toe by Toe');
    expect(text).toContain('Teaching assistant');
    expect(text).not.toContain('Jo Bloggs');
    expect(text).not.toContain('£');
  });
});

describe('the whole-school provision map as a PDF', () => {
  it('runs over several landscape pages with the table header on each and no row split between pages', async () => {
    const printed = await print(renderSchoolProvisionMap(schoolMapView('staff-costs'), FRAME), 'school-map-staff');
    pagePicture(printed.file, 'provision-school-map-staff');
    expect(printed.requests).toEqual([]);
    expect(pageSize(printed)).toBe('landscape');
    expect(printed.pages).toBeGreaterThanOrEqual(3);
    expectFrameOnEveryPage(printed);
    const pages = pageTexts(printed);
    // The map's table runs to the page with the whole school's total; the element 3 table may follow on its own.
    const mapPages = pages.findIndex((text) => text.includes('Whole school: 60 groups')) + 1;
    expect(mapPages).toBeGreaterThanOrEqual(3);
    pages.slice(0, mapPages).forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain('Provision Staff When Room Dates Pupils Sessions Staff hours Cost to date Projected cost');
    });
    for (let i = 0; i < SCHOOL_MAP_ENTRIES; i++) {
      const name = entryName(i);
      const on = pages.filter((text) => text.includes(name));
      expect(on, name).toHaveLength(1);
      // The row's last cell, its projected cost, is on the same page as its first.
      expect(on[0], name).toContain(formatPence(entryProjectedPence(i)));
    }
    const text = squash(printed.text);
    expect(text).toContain('No provision');
    expect(text).toContain('Whole school: 60 groups');
    expect(text).toContain('Element 3 candidates');
  });

  it('prints a meeting’s copy by year group with no money and no pupil names', async () => {
    const printed = await print(renderSchoolProvisionMap(schoolMapView('meeting', 'year'), FRAME), 'school-map-meeting');
    expect(pageSize(printed)).toBe('landscape');
    expectFrameOnEveryPage(printed);
    const text = squash(printed.text);
    expect(text).toContain('Year 6');
    expect(text).toContain('Provision Staff When Room Dates Pupils Sessions Staff hours');
    expect(text).not.toContain('£');
    expect(text).not.toContain('Cost to date');
    for (const name of SCHOOL_PUPILS) expect(text).not.toContain(name);
  });
});

describe('an intervention impact sheet as a PDF', () => {
  it('prints a SENCO’s costed copy landscape with the cost per month gained', async () => {
    const printed = await print(renderImpactSheet(impactSheetView('staff-costs'), FRAME), 'impact-staff');
    pagePicture(printed.file, 'provision-impact-staff');
    expect(pageSize(printed)).toBe('landscape');
    expectFrameOnEveryPage(printed);
    const text = squash(printed.text);
    for (const name of IMPACT_PUPILS) expect(text).toContain(name);
    expect(text).toContain('Cost per month gained');
    expect(text).toContain(formatPence(1_708));
    expect(text).toContain('No gain');
  });

  it('prints a meeting’s copy portrait with no money', async () => {
    const printed = await print(renderImpactSheet(impactSheetView('meeting'), FRAME), 'impact-meeting');
    expect(pageSize(printed)).toBe('portrait');
    expectFrameOnEveryPage(printed);
    const text = squash(printed.text);
    expect(text).toContain('Mean change +6.9 months');
    expect(text).not.toContain('£');
  });
});

describe('printing a map through the platform', () => {
  it('sends the page to the printer the way it is laid out, and takes a cancelled dialog as not printed', async () => {
    const platform = new TestPlatform({ dataDir: work, pdfPages: browser });
    const html = renderSchoolProvisionMap(schoolMapView('meeting'), FRAME);
    const landscape = isLandscape(schoolProvisionMapPage(schoolMapView('meeting'), FRAME));
    expect(await platform.print(html, { landscape })).toEqual({ printed: true });
    platform.queuePrintAnswer(false);
    expect(await platform.print(html, { landscape })).toEqual({ printed: false });
    expect(platform.printed).toEqual([{ html, landscape: true }, { html, landscape: true }]);

    const pdf = await platform.printToPdf(html, { landscape });
    const file = path.join(work, 'platform-school-map.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Page size:\s+841(\.\d+)? x 59[45](\.\d+)? pts/m);
  });
});

describe('the provision maps on screen', () => {
  it.each([
    ['school map', () => renderSchoolProvisionMap(schoolMapView('staff-costs'), FRAME)],
    ['pupil map', () => renderPupilProvisionMap(pupilMapView('parent'), FRAME)],
    ['impact sheet', () => renderImpactSheet(impactSheetView('staff-costs'), FRAME)],
  ])('the %s passes axe-core', async (_name, render) => {
    const context = await browser.newContext({ viewport: { width: 1123, height: 794 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(render(), { waitUntil: 'load' });
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
