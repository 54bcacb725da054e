import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PupilDetails } from '../../../electron/db/repositories/pupils';
import { registerRows } from '../../../electron/db/repositories/register';
import {
  type OptionalSummarySection,
  type PupilSummaryOptions,
  pupilSummaryView,
  renderPupilSummary,
} from '../../../electron/documents/pupilSummary';
import { registerExtractCsv } from '../../../electron/documents/registerExtract';
import { MonitoringService } from '../../../electron/services/monitoring';
import { type PupilFile, PupilFilesService } from '../../../electron/services/pupilFiles';
import { PupilPeopleService } from '../../../electron/services/pupilPeople';
import { PupilProfilesService } from '../../../electron/services/pupilProfiles';
import { SenStatusService } from '../../../electron/services/senStatus';
import { parseCsv } from '../../../shared/rules/csv';
import { chromiumLaunchOptions } from '../../support/chromium';
import { pagePicture, printPdf, requirePoppler, squash } from '../../support/pdf';
import { screensDir } from '../../support/screens';
import { createVault, tempDirs } from '../../support/tempVault';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

/**
 * A pupil's SEN summary from a real pupil file (written through the services
 * into an encrypted vault and read back as the export service will), printed
 * by Chromium and read back as text: each section is on the page only when it
 * was asked for.
 */

const fresh = tempDirs();

const ava: PupilDetails = {
  upn: 'R201100018042', formerUpn: null, uln: null, legalSurname: 'Okonjo', legalForename: 'Ava',
  preferredSurname: null, preferredForename: null, dateOfBirth: '2016-03-14', sex: 'F', ncYear: '5', className: '5H',
  admissionDate: '2020-09-03', leavingDate: null, destinationSchool: null, eal: false, pupilPremium: true, fsm: false,
  lookedAfter: false, previouslyLookedAfter: true, medicalNotes: 'Carries an inhaler for asthma',
};

/** One phrase per section, found only in that section. */
const SECTION_TEXT: Record<'sen-record' | OptionalSummarySection, string[]> = {
  'sen-record': [
    'SEN status now', 'SEN support', 'SLCN – Speech, language and communication needs', 'Communication and interaction',
    'SEN chronology', 'Slow progress in phonics', 'One-page profile', 'Ava is kind and notices when others are sad',
  ],
  health: ['Carries an inhaler for asthma'],
  'family-social-care': ['Family and social care', 'Grace Okonjo (Mother)', '07700 900123', 'Previously looked after Yes'],
  'third-party-report': ['Professionals involved', 'Speech and language therapist: Dr Nia Evans', 'Oakfield Children’s Therapies'],
};

let browser: Browser;
let work: string;
let file: PupilFile;
let csv: string;

beforeAll(async () => {
  requirePoppler();
  const session = await createVault(fresh());
  const files = new PupilFilesService(session);
  const sen = new SenStatusService(session);
  const id = files.add(ava);
  new MonitoringService(session, sen).add(id, {
    reason: 'Slow progress in phonics despite small-group teaching', addedOn: '2024-09-20', raisedBy: 'Mr Tom Hughes', reviewOn: '2024-12-13',
  });
  new MonitoringService(session, sen).moveToSenSupport(id, {
    startDate: '2025-01-06', decisionDate: '2024-12-16', decidedBy: 'Mrs Helen Carter (SENCO)',
    consulted: ['class-teacher', 'parents'], parentsInformedOn: '2024-12-18', note: 'Agreed at the spring review',
  });
  sen.setNeeds(id, [{ type: 'SLCN', rank: 1 }, { type: 'SPLD', rank: 2 }], '2025-01-06');
  const people = new PupilPeopleService(session);
  people.saveContact(id, null, 0, {
    name: 'Grace Okonjo', relationship: 'Mother', parentalResponsibility: true, mobilePhone: '07700 900123', homePhone: null,
    workPhone: null, email: null, address: null, livesWithPupil: true, priority: 1, notes: 'Prefers calls after 3pm',
  });
  people.saveInvolvement(id, null, 0, {
    role: 'speech-and-language-therapist', roleDescription: null, name: 'Dr Nia Evans', service: 'Oakfield Children’s Therapies',
    phone: null, email: null, startDate: '2025-02-03', endDate: null, notes: 'Report due after half term',
  });
  new PupilProfilesService(session).save(id, {
    writtenOn: '2025-03-01', likeAndAdmire: 'Ava is kind and notices when others are sad', importantToMe: 'My cat Biscuit and drawing',
    howToSupport: 'Show me a picture of what to do next', contributors: 'Ava, her mum and Miss Lee',
  });
  file = files.read(id);
  csv = registerExtractCsv(registerRows(session.db(), '2026-11-29', false), { includeLookedAfter: true });

  browser = await chromium.launch(chromiumLaunchOptions());
  work = mkdtempSync(path.join(tmpdir(), 'senco-summary-'));
  mkdirSync(screensDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const frame = { printedBy: 'Helen Carter', printedAt: '2026-11-29T14:05:00Z' };
const staff: PupilSummaryOptions = { audience: 'staff', preparedFor: 'Mr Ben Adams (class teacher)' };
const html = (options: PupilSummaryOptions, demo = false) => renderPupilSummary(pupilSummaryView(file, options), { ...frame, demo });

describe('the pupil summary as a PDF', () => {
  it.each<[string, OptionalSummarySection[]]>([
    ['sen-record', []],
    ['health', ['health']],
    ['family', ['family-social-care']],
    ['professionals', ['third-party-report']],
    ['everything', ['health', 'family-social-care', 'third-party-report']],
  ])('%s: has the sections asked for and not the others', async (name, include) => {
    const printed = await printPdf(browser, html({ ...staff, include }), work, `summary-${name}`);
    if (name === 'everything') pagePicture(printed.file, 'pupil-summary');
    expect(printed.requests).toEqual([]);
    expect(execFileSync('pdfinfo', [printed.file], { encoding: 'utf8' })).toMatch(/^Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)/m);

    const text = squash(printed.text);
    expect(text).toContain('SEN summary: Ava Okonjo');
    expect(text).toContain('Prepared for: Mr Ben Adams (class teacher)');
    expect(text).toContain('CONFIDENTIAL');
    expect(text).toContain('Printed by Helen Carter on 29 November 2026 at 2:05pm');
    expect(text).toContain(`Page 1 of ${printed.pages}`);
    expect(text).toContain(`Page ${printed.pages} of ${printed.pages}`);
    for (const words of SECTION_TEXT['sen-record']) expect(text).toContain(words);
    for (const section of ['health', 'family-social-care', 'third-party-report'] as const) {
      for (const words of SECTION_TEXT[section]) {
        if (include.includes(section)) expect(text, `${section}: ${words}`).toContain(words);
        else expect(text, `${section}: ${words}`).not.toContain(words);
      }
    }
  });

  it('gives a parent plain words and leaves out notes, codes and phone numbers', async () => {
    const printed = await printPdf(
      browser,
      html({ audience: 'parent', preparedFor: 'Grace Okonjo (parent)', include: ['health', 'family-social-care', 'third-party-report'] }),
      work,
      'summary-parent',
    );
    pagePicture(printed.file, 'pupil-summary-parent');
    const text = squash(printed.text);
    expect(text).toContain('Ava gets SEN support');
    expect(text).toContain('Prepared for: Grace Okonjo (parent)');
    expect(text).toContain('Carries an inhaler for asthma');
    for (const hidden of ['Agreed at the spring review', 'Prefers calls after 3pm', 'Report due after half term', '07700 900123', 'SLCN', 'Mrs Helen Carter']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('runs a long chronology over several pages with every row and every page numbered', async () => {
    // Forty years of termly changes is more than any pupil has: every row must still print.
    const statuses = Array.from({ length: 40 }, (_, i) => ({
      ...file.senStatuses[0]!,
      id: `s${i}`,
      provision: i % 2 === 0 ? 'K' : 'N',
      startDate: `${1990 + i}-09-01`,
      endDate: i === 39 ? null : `${1991 + i}-09-01`,
      note: `Review ${i + 1}: ${'a long note that wraps over the line '.repeat(3)}`,
    }));
    const printed = await printPdf(browser, renderPupilSummary(pupilSummaryView({ ...file, senStatuses: statuses }, staff), frame), work, 'summary-long');
    expect(printed.pages).toBeGreaterThan(2);
    const text = squash(printed.text);
    for (let i = 1; i <= 40; i++) expect(text).toContain(`Review ${i}:`);
    for (let page = 1; page <= printed.pages; page++) expect(text).toContain(`Page ${page} of ${printed.pages}`);
  });

  it('marks a demo summary in the margin and on the page', async () => {
    const printed = await printPdf(browser, html(staff, true), work, 'summary-demo');
    expect(squash(printed.text).match(/DEMO — not a real school/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('runs no script and reaches no network even when a value tries', async () => {
    const hostile = {
      ...file,
      pupil: { ...file.pupil, legalForename: '<script>document.title="pwned"</script><img src="http://example.invalid/x.png">' },
    };
    const page = renderPupilSummary(pupilSummaryView(hostile, { ...staff, preparedFor: '"; } body { display: none }' }), frame);
    const printed = await printPdf(browser, page, work, 'summary-hostile');
    expect(printed.requests).toEqual([]);
    const text = squash(printed.text);
    expect(text).toContain('<script>document.title="pwned"</script>');
    expect(text).toContain('Prepared for: "; } body { display: none }');
  });
});

describe('the pupil summary on screen', () => {
  it.each<[string, PupilSummaryOptions]>([
    ['staff', { ...staff, include: ['health', 'family-social-care', 'third-party-report'] }],
    ['parent', { audience: 'parent', preparedFor: 'Grace Okonjo (parent)', include: ['health', 'family-social-care', 'third-party-report'] }],
  ])('passes axe-core for %s', async (name, options) => {
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(html(options), { waitUntil: 'load' });
      await page.screenshot({ path: path.join(screensDir, `pupil-summary-${name}-screen.png`), fullPage: true });
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

describe('the register extract from a real register', () => {
  it('has the pupil’s row with status, needs and the looked-after columns', () => {
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.reason);
    const [header, ...rows] = parsed.rows.map((r) => r.cells);
    expect(header).toHaveLength(15);
    expect(rows).toEqual([
      ['R201100018042', 'Okonjo', 'Ava', '2016-03-14', '5', '5H', 'K', '2025-01-06', 'SLCN', 'SPLD', 'N', 'Y', 'N', 'N', 'Y'],
    ]);
  });
});
