import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffAccountView } from '../../shared/contract/accounts';
import type { ExportResult, RegisterEntry } from '../../shared/contract/disclosures';
import type { ImpactSheetView, PupilMapView, SchoolMapView } from '../../shared/domain/provisionMaps';
import { chromiumLaunchOptions } from '../support/chromium';
import { requirePoppler } from '../support/pdf';
import { SENCO } from '../support/tempVault';
import { createInput, testBackends } from '../support/testBackend';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

/**
 * Issue 6: the provision maps from a real encrypted vault, through the
 * dispatcher, the maps service and the disclosure gate, printed by real
 * Chromium and read back with pdftotext. Money appears only in the SENCO's
 * copy for staff; a parent's copy names no other pupil; every print is in the
 * disclosure register with the hash of what was sent.
 */
const start = testBackends();
const DEPUTY_PASSPHRASE = 'saffron pylon meadow kettle';
let browser: Browser;

beforeAll(async () => {
  requirePoppler();
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
});

const details = (legalForename: string, legalSurname: string) => ({
  upn: null, formerUpn: null, uln: null, legalSurname, legalForename, preferredSurname: null, preferredForename: null,
  dateOfBirth: '2016-03-14', sex: 'F', ncYear: '5', className: '5B', admissionDate: null, leavingDate: null,
  destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false, previouslyLookedAfter: false,
  medicalNotes: null,
});

const entry = {
  name: 'Toe by Toe', description: 'Structured phonics.', evidence: 'EEF: phonics, +5 months', area: 'cognition-learning',
  wave: 2, defaultRoleId: 'teaching-assistant', groupSize: 4, sessionsPerWeek: 3, minutesPerSession: 20, weeks: 10,
  materialsPence: 4_000, licencePence: 0, intendedOutcome: 'Reading age up by 6 months', measure: { kind: 'reading-age' },
};

const AUTUMN = { from: '2026-09-01', to: '2026-12-31' };

/**
 * A school of four pupils in one Toe by Toe group (a TA at £15.00 an hour,
 * so 25p a minute): 3 × 20 minutes × 10 weeks × 25p ÷ 4 = £37.50 each, plus
 * £40 of materials ÷ 4 = £10, so £47.50 each when the run is over.
 */
async function school() {
  const t = start({ pdfPages: browser });
  t.platform.setNow(new Date('2026-11-29T12:00:00Z'));
  await t.value('vault.create', createInput);
  await t.value('costing.setHourlyRate', { roleId: 'teaching-assistant', hourlyRatePence: 1_500 });
  const names = [['Ava', 'Okonjo'], ['Leo', 'Nowak'], ['Maya', 'Patel'], ['Sam', 'Reed']] as const;
  const pupils: string[] = [];
  for (const [forename, surname] of names) pupils.push((await t.value<{ pupilId: string }>('pupils.add', details(forename, surname))).pupilId);
  const provision = await t.value<{ id: string }>('provision.addEntry', { entry });
  const group = await t.value<{ id: string }>('provision.startGroup', {
    provisionId: provision.id, startDate: '2026-09-07', endDate: '2026-11-13', room: 'Library', staff: [{ name: 'Jo Bloggs', roleId: null }],
  });
  const { membershipIds } = await t.value<{ membershipIds: string[] }>('provision.addMembers', {
    groupId: group.id,
    pupils: pupils.map((pupilId, i) => ({ pupilId, startDate: '2026-09-07', entry: { score: 80 + i, date: '2026-09-07' } })),
  });
  for (const [i, membershipId] of membershipIds.entries()) {
    await t.value('provision.recordExitScore', { membershipId, version: 1, score: { score: 86 + i, date: '2026-11-09' } });
    await t.value('provision.recordReviewOutcome', { membershipId, version: 2, reviewOutcomeId: 'met' });
  }
  const out = path.join(t.dir, 'shared-out');
  mkdirSync(out);
  return { ...t, pupils, groupId: group.id, out };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Every key anywhere in a value: a view model for a meeting must carry no money key at all. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(keysOf) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];
const MONEY_KEYS = ['cost', 'costs', 'costPerUnitGainPence', 'element3Candidates'];

const print = (output: Record<string, unknown>, recipient: Record<string, string>, delivery?: 'pdf' | 'print') => ({
  output,
  recipient,
  purpose: 'Annual review meeting',
  include: { health: false, familySocialCare: false, thirdPartyReports: false },
  ...(delivery ? { delivery } : {}),
});

describe('a pupil’s provision map', () => {
  it('costs each pupil’s share for the SENCO, and shows the change from entry to exit', async () => {
    const t = await school();
    const view = await t.value<PupilMapView>('provisionMaps.pupil', { pupilId: t.pupils[0], range: AUTUMN, audience: 'staff' });
    expect(view.provisions).toHaveLength(1);
    expect(view.provisions[0]).toMatchObject({ name: 'Toe by Toe', groupWith: 'with 3 other pupils', scores: { entry: 80, exit: 86, change: 6 } });
    expect(view.provisions[0]!.cost).toEqual({ toDatePence: 4_750, projectedPence: 4_750 });
    expect(view.costs).toMatchObject({ total: { projectedPence: 4_750 }, element3Candidate: false });
  });

  it('prints a parent’s copy with no £ and no other pupil’s name, and records it in the disclosure register', async () => {
    const t = await school();
    const file = path.join(t.out, 'Ava map.pdf');
    t.platform.queueSavePath(file);
    const output = { kind: 'provision-map-pupil', pupilId: t.pupils[0], range: AUTUMN, audience: 'parent' };
    const result = await t.value<ExportResult>('disclosures.send', print(output, { kind: 'parent', name: 'Grace Okonjo' }));
    expect(result.decision.outcome).toBe('allowed');
    const text = pdfText(file);
    expect(text).toContain('Toe by Toe');
    expect(text).toContain('with 3 other pupils');
    expect(text).not.toContain('£');
    for (const other of ['Leo', 'Nowak', 'Maya', 'Patel', 'Sam', 'Reed']) expect(text).not.toContain(other);
    expect(text).toContain('CONFIDENTIAL');
    expect(text).toMatch(new RegExp(`Page 1 of ${pdfPages(file)}`));
    expect(text).toContain(`Printed by ${SENCO}`);

    const [row] = await t.value<RegisterEntry[]>('disclosures.register', {});
    expect(row).toMatchObject({
      outcome: 'allowed',
      recipient: { kind: 'parent', name: 'Grace Okonjo' },
      outputKind: 'pdf',
      fileName: 'Ava map.pdf',
      sha256: sha256(file),
      pupils: [{ id: t.pupils[0] }],
    });
    expect(row!.documentTitle).toContain('for a parent');
    expect(row!.documents.map((d) => d.kind)).toEqual(['provision-map']);
  });

  it('prints the SENCO’s staff copy with the costs, and refuses it to a parent because of them', async () => {
    const t = await school();
    const file = path.join(t.out, 'staff.pdf');
    t.platform.queueSavePath(file);
    const output = { kind: 'provision-map-pupil', pupilId: t.pupils[0], range: AUTUMN, audience: 'staff' };
    await t.value<ExportResult>('disclosures.send', print(output, { kind: 'school-staff' }));
    const text = pdfText(file);
    expect(text).toContain('£47.50');
    expect(text).not.toContain('Leo');

    const toParent = await t.value<ExportResult>('disclosures.send', print(output, { kind: 'parent', name: 'Grace Okonjo' }));
    expect(toParent).toMatchObject({ decision: { outcome: 'refused' }, fileName: null });
    expect(toParent.decision.documents.find((d) => d.kind === 'pupil-costs')).toMatchObject({ outcome: 'refused' });
  });

  it('prints from the app through the print dialog, recording the hash of the page sent, and records nothing when cancelled', async () => {
    const t = await school();
    const output = { kind: 'provision-map-pupil', pupilId: t.pupils[1], range: AUTUMN, audience: 'meeting' };
    t.platform.queuePrintAnswer(false);
    const cancelled = await t.value<ExportResult>('disclosures.send', print(output, { kind: 'school-staff' }, 'print'));
    expect(cancelled.registerId).toBeNull();
    expect(await t.value<RegisterEntry[]>('disclosures.register', {})).toEqual([]);

    const printed = await t.value<ExportResult>('disclosures.send', print(output, { kind: 'school-staff' }, 'print'));
    const job = t.platform.printed.at(-1)!;
    expect(job.landscape).toBe(false);
    expect(job.html).toContain('Toe by Toe');
    expect(job.html).not.toContain('£');
    expect(printed.sha256).toBe(createHash('sha256').update(job.html).digest('hex'));
    const [row] = await t.value<RegisterEntry[]>('disclosures.register', {});
    expect(row).toMatchObject({ outputKind: 'print', fileName: null, sha256: printed.sha256 });
  });
});

describe('costs are the SENCO’s alone, at the service', () => {
  it('gives a deputy SENCO maps with no money in them, even when asking for the staff copy', async () => {
    const t = await school();
    await t.value<StaffAccountView>('accounts.add', { name: 'Dee Puty', role: 'deputy-senco', passphrase: DEPUTY_PASSPHRASE, passphraseConfirm: DEPUTY_PASSPHRASE });
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: 'Dee Puty', passphrase: DEPUTY_PASSPHRASE });
    const whole = await t.value<SchoolMapView>('provisionMaps.school', { grouping: 'area-wave', range: AUTUMN, audience: 'staff' });
    const pupil = await t.value<PupilMapView>('provisionMaps.pupil', { pupilId: t.pupils[0], range: AUTUMN, audience: 'staff' });
    const impact = await t.value<ImpactSheetView>('provisionMaps.impact', { groupId: t.groupId, audience: 'staff' });
    for (const view of [whole, pupil, impact]) {
      expect(view.header.showCosts).toBe(false);
      expect(keysOf(view).filter((k) => MONEY_KEYS.includes(k))).toEqual([]);
      expect(JSON.stringify(view)).not.toContain('£');
    }
    // The deputy sees the same pupils and progress the SENCO does.
    expect(impact.summary).toMatchObject({ pupils: 4, measured: 4, improved: 4, meanChange: 6 });
  });

  it('gives the SENCO a meeting copy with no money either', async () => {
    const t = await school();
    const view = await t.value<SchoolMapView>('provisionMaps.school', { grouping: 'year', range: AUTUMN, audience: 'meeting' });
    expect(keysOf(view).filter((k) => MONEY_KEYS.includes(k))).toEqual([]);
    expect(view.totals).toMatchObject({ groups: 1, pupils: 4 });
  });
});

describe('the whole-school map and the impact sheet', () => {
  it('refuses a parent audience for maps that name many pupils, at the contract', async () => {
    const t = await school();
    const result = await t.call('provisionMaps.school', { grouping: 'area-wave', range: AUTUMN, audience: 'parent' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('names many pupils') } });
  });

  it('prints the staff whole-school map landscape with its totals, as staff costs that stay in the school', async () => {
    const t = await school();
    const file = path.join(t.out, 'school.pdf');
    t.platform.queueSavePath(file);
    const output = { kind: 'provision-map-school', grouping: 'area-wave', range: AUTUMN, audience: 'staff' };
    const result = await t.value<ExportResult>('disclosures.send', print(output, { kind: 'school-staff' }));
    expect(result.decision.outcome).toBe('allowed');
    const text = pdfText(file);
    expect(text).toContain('Cognition and learning');
    expect(text).toContain('£190.00');
    expect(text).toContain('Okonjo');
    const kinds = result.decision.documents.map((d) => d.kind);
    expect(kinds.filter((k) => k === 'provision-map')).toHaveLength(4);
    expect(kinds).toContain('staff-costs');

    const toLa = await t.value<ExportResult>('disclosures.decide', print(output, { kind: 'la-sen-team', organisation: 'Northshire' }));
    expect(toLa.decision ?? toLa).toMatchObject({ outcome: 'refused' });
  });

  it('sends a meeting copy of the whole-school map as anonymised statistics only when no group has fewer than five pupils', async () => {
    const t = await school();
    const output = { kind: 'provision-map-school', grouping: 'area-wave', range: AUTUMN, audience: 'meeting' };
    type Decided = { outcome: string; documents: { kind: string; pupilId?: string }[] };
    const decide = (recipient: Record<string, string>) => t.value<Decided>('disclosures.decide', print(output, recipient));

    // Four pupils in one group: counted, not named, but a group that small points to them.
    const four = await decide({ kind: 'other', name: 'Sam Reed', organisation: 'Holiday club' });
    expect(four.outcome).toBe('needs-consent');
    expect(four.documents.map((d) => [d.kind, d.pupilId]).sort()).toEqual(t.pupils.map((id) => ['provision-map', id]).sort());

    const fifth = (await t.value<{ pupilId: string }>('pupils.add', details('Ben', 'Hill'))).pupilId;
    await t.value('provision.addMembers', { groupId: t.groupId, pupils: [{ pupilId: fifth, startDate: '2026-10-05', entry: null }] });
    expect(await decide({ kind: 'la-sen-team', organisation: 'Northshire' })).toMatchObject({ outcome: 'allowed', documents: [{ kind: 'statistics' }] });
    expect(await decide({ kind: 'other', name: 'Sam Reed', organisation: 'Holiday club' })).toMatchObject({ outcome: 'refused', documents: [{ kind: 'statistics' }] });
  });

  it('shows the impact of a group with cost per unit of gain for the SENCO', async () => {
    const t = await school();
    const view = await t.value<ImpactSheetView>('provisionMaps.impact', { groupId: t.groupId, audience: 'staff' });
    expect(view.summary).toMatchObject({ pupils: 4, measured: 4, improved: 4, meanChange: 6, meanOutcomeScore: 1 });
    // £190.00 for 24 months of reading age gained in all.
    expect(view.summary.costPerUnitGainPence).toBe(Math.round(19_000 / 24));
    expect(view.pupils.map((p) => p.name)).toEqual(['Ava Okonjo', 'Leo Nowak', 'Maya Patel', 'Sam Reed']);
  });

  it('is never stale: a change shows on the next read, though the gathered data is kept between reads', async () => {
    const t = await school();
    const read = () => t.value<SchoolMapView>('provisionMaps.school', { grouping: 'area-wave', range: AUTUMN, audience: 'staff' });
    expect((await read()).totals).toMatchObject({ groups: 1, pupils: 4 });
    expect((await read()).totals).toMatchObject({ groups: 1, pupils: 4 });
    const ben = (await t.value<{ pupilId: string }>('pupils.add', details('Ben', 'Hill'))).pupilId;
    const group = await t.value<{ id: string }>('provision.createGroup', {
      provisionId: null,
      group: {
        name: 'Lego therapy', area: 'semh', wave: 2, measure: { kind: 'engagement' }, intendedOutcome: 'Turn-taking',
        sessionsPerWeek: 1, minutesPerSession: 30, weeks: 6, materialsPence: 0, licencePence: 0,
        staff: [{ name: 'Jo Bloggs', roleId: 'teaching-assistant' }], timetable: [], room: 'Hall', startDate: '2026-10-05', endDate: '2026-11-20',
      },
    });
    await t.value('provision.addMembers', { groupId: group.id, pupils: [{ pupilId: ben, startDate: '2026-10-05', entry: null }] });
    const after = await read();
    expect(after.totals).toMatchObject({ groups: 2, pupils: 5 });
    expect(after.cells.find((c) => c.key.kind === 'area-wave' && c.key.area === 'semh' && c.key.wave === 2)!.entries.map((e) => e.name)).toEqual([
      'Lego therapy',
    ]);
  });

  it('audits every map read by which map and whose, never what it showed', async () => {
    const t = await school();
    await t.value('provisionMaps.pupil', { pupilId: t.pupils[0], range: AUTUMN, audience: 'staff' });
    await t.value('provisionMaps.school', { grouping: 'area-wave', range: AUTUMN, audience: 'staff' });
    const rows = t.backend.session
      .db()
      .prepare("SELECT subject, detail FROM audit_log WHERE action = 'provision.map-read' ORDER BY seq")
      .all() as { subject: string | null; detail: string }[];
    expect(rows.map((r) => [r.subject, JSON.parse(r.detail)])).toEqual([
      [t.pupils[0], { map: 'pupil' }],
      [null, { map: 'school' }],
    ]);
  });
});

describe('the demo school’s whole-school map', () => {
  it('prints every page with its table header, CONFIDENTIAL, DEMO and page x of y, the staff copy with element 3 candidates', async () => {
    const t = start({ pdfPages: browser, demoSize: 'reference' });
    t.platform.setNow(new Date('2026-11-29T12:00:00Z'));
    await t.value('demo.open');
    const file = path.join(t.dir, 'demo-map.pdf');
    t.platform.queueSavePath(file);
    const output = { kind: 'provision-map-school', grouping: 'area-wave', range: { from: '2026-09-01', to: '2027-08-31' }, audience: 'staff' };
    const result = await t.value<ExportResult>('disclosures.send', print(output, { kind: 'school-staff' }));
    expect(result.decision.outcome).toBe('allowed');

    const pages = pdfText(file).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBe(pdfPages(file));
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((page, i) => {
      expect(page).toContain('CONFIDENTIAL');
      expect(page).toContain('DEMO');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    // The map's table runs over every page but the last (the element 3 list), each with its header.
    const withHeader = pages.filter((page) => /Provision\s+Staff/.test(page)).length;
    expect(withHeader).toBeGreaterThanOrEqual(pages.length - 2);
    expect(pages.join('\n')).toContain('Element 3 candidates');
    for (const area of ['Cognition and learning', 'Social, emotional and mental health', 'Communication and interaction', 'Sensory and/or physical']) {
      expect(pages.join('\n')).toContain(area);
    }
  }, 120_000);
});
