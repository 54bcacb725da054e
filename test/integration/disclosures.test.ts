import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult, RegisterEntry } from '../../shared/contract/disclosures';
import type { StaffAccountView } from '../../shared/contract/accounts';
import { chromiumLaunchOptions } from '../support/chromium';
import type { PdfPageSource } from '../support/testPlatform';
import { PASSPHRASE, SENCO } from '../support/tempVault';
import { createInput, testBackends } from '../support/testBackend';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

/**
 * The disclosure gate in use, against a real encrypted vault, the real rule
 * and real Chromium printing: nothing leaves without a decision, every
 * attempt is in the register, and what was sent has the hash on record.
 */
const start = testBackends();
const passphrases = { head: 'saffron pylon meadow kettle', teacher: 'copper wren glacier fiddle' };
let browser: Browser;

beforeAll(async () => {
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

async function school(pdfPages: PdfPageSource = browser) {
  const t = start({ pdfPages });
  await t.value('vault.create', createInput);
  const account = (name: string, role: string, passphrase: string) =>
    t.value<StaffAccountView>('accounts.add', { name, role, passphrase, passphraseConfirm: passphrase });
  const head = await account('Helen Marsh', 'headteacher', passphrases.head);
  const teacher = await account('Ella Brown', 'teacher', passphrases.teacher);
  const ava = (await t.value<{ pupilId: string }>('pupils.add', details('Ava', 'Okonjo'))).pupilId;
  const leo = (await t.value<{ pupilId: string }>('pupils.add', details('Leo', 'Nowak'))).pupilId;
  // Inside the test's own folder, which is removed after the test.
  const out = path.join(t.dir, 'shared-out');
  mkdirSync(out);
  const db = t.backend.session.db.bind(t.backend.session);
  const audit = (action: string) =>
    db().prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY seq').all(action).map((r) => JSON.parse((r as { detail: string }).detail));
  return { ...t, head, teacher, ava, leo, out, db, audit };
}

const summary = (pupilId: string, recipient: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  output: { kind: 'pupil-summary', pupilId },
  recipient,
  purpose: 'Planning support for the move to secondary school',
  include: { health: false, familySocialCare: false, thirdPartyReports: false },
  ...extra,
});
const REASON = 'The club needs to know how to support Ava during the holidays.';
const interests = (pupilId: string) =>
  summary(pupilId, { kind: 'other', name: 'Sam Reed', organisation: 'Holiday club' }, { interestsOfPupil: { reason: REASON } });

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the disclosure gate', () => {
  it('writes no file for a request that needs consent, and still records it in the register', async () => {
    const t = await school();
    const result = await t.value<ExportResult>('disclosures.send', summary(t.ava, { kind: 'other', name: 'Sam Reed' }));
    expect(result).toMatchObject({ decision: { outcome: 'needs-consent' }, fileName: null, sha256: null });
    expect(t.platform.dialogCalls).toEqual([]);
    expect(readdirSync(t.out)).toEqual([]);
    const [row] = await t.value<RegisterEntry[]>('disclosures.register', {});
    expect(row).toMatchObject({
      id: result.registerId,
      outcome: 'needs-consent',
      outputKind: 'none',
      fileName: null,
      sha256: null,
      requestedBy: SENCO,
      recipient: { kind: 'other', name: 'Sam Reed', organisation: null },
      pupils: [{ id: t.ava, name: 'Ava Okonjo' }],
    });
    expect(row!.documents.map((d) => [d.kind, d.outcome])).toEqual([['sen-record', 'needs-consent']]);
    expect(t.audit('disclosure.withheld')).toEqual([{ outcome: 'needs-consent' }]);
  });

  it('allows the same request once a parent’s consent for that recipient and record is on file', async () => {
    const t = await school();
    const request = summary(t.ava, { kind: 'other', name: 'Sam Reed' });
    expect((await t.value<ExportResult>('disclosures.send', request)).decision.outcome).toBe('needs-consent');
    await t.value('consents.record', {
      pupilId: t.ava,
      consent: {
        givenBy: 'parent', giverName: 'Grace Okonjo', giverRelationship: 'Mother', parentalResponsibility: true,
        givenOn: '2026-11-02', how: 'written', evidence: 'Signed form in the SEN cabinet', recipientKinds: ['other'],
        recipientName: 'Sam Reed', recipientOrganisation: null, documentKinds: ['sen-record'], expiresOn: null, note: null,
      },
    });
    const file = path.join(t.out, 'with consent.pdf');
    t.platform.queueSavePath(file);
    const sent = await t.value<ExportResult>('disclosures.send', request);
    expect(sent.decision.outcome).toBe('allowed');
    expect(sent.decision.documents[0]!.basis).toMatch(/consent/i);
    const [row, earlier] = await t.value<RegisterEntry[]>('disclosures.register', { pupilSearch: 'Ava' });
    expect(row).toMatchObject({ outcome: 'allowed', sha256: sha256(file) });
    expect(earlier).toMatchObject({ outcome: 'needs-consent', sha256: null });
    // Reading the register is recorded, with how many entries it showed and never the name searched for.
    expect(t.audit('disclosure.register-read').at(-1)).toEqual({ entries: 2 });
    expect(JSON.stringify(t.audit('disclosure.register-read'))).not.toContain('Ava');
  });

  it('previews a decision without recording it', async () => {
    const t = await school();
    const decision = await t.value<{ outcome: string }>('disclosures.decide', summary(t.ava, { kind: 'other' }));
    expect(decision.outcome).toBe('needs-consent');
    expect(await t.value('disclosures.register', {})).toEqual([]);
  });

  it('saves exactly one PDF when allowed, whose SHA-256 is the one in the register', async () => {
    const t = await school();
    const file = path.join(t.out, 'Ava summary.pdf');
    t.platform.queueSavePath(file);
    const result = await t.value<ExportResult>('disclosures.send', summary(t.ava, { kind: 'parent', name: 'Grace Okonjo' }));
    expect(result.decision.outcome).toBe('allowed');
    expect(readdirSync(t.out)).toEqual(['Ava summary.pdf']);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('SEN summary: Ava Okonjo');
    expect(text).toContain('Prepared for: Grace Okonjo (a parent or carer of the pupil)');
    const [row] = await t.value<RegisterEntry[]>('disclosures.register', { pupilSearch: 'okonjo' });
    expect(row).toMatchObject({ id: result.registerId, outcome: 'allowed', outputKind: 'pdf', fileName: 'Ava summary.pdf' });
    expect(row!.sha256).toBe(sha256(file));
    expect(result.sha256).toBe(row!.sha256);
    expect(row!.documents[0]).toMatchObject({ kind: 'sen-record', outcome: 'allowed' });
    expect(row!.documents[0]!.basis).toBeTruthy();
  });

  it('saves a register extract as CSV with its hash on record, about every pupil in it', async () => {
    const t = await school();
    const file = path.join(t.out, 'extract.csv');
    t.platform.queueSavePath(file);
    const result = await t.value<ExportResult>('disclosures.send', {
      output: { kind: 'register-extract', filter: {} },
      recipient: { kind: 'la-sen-team', organisation: 'Northshire County Council' },
      purpose: 'Annual SEN audit',
      include: { health: false, familySocialCare: false, thirdPartyReports: false },
    });
    expect(result.decision.outcome).toBe('allowed');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Okonjo');
    expect(text).toContain('Nowak');
    const [row] = await t.value<RegisterEntry[]>('disclosures.register', { recipientKind: 'la-sen-team' });
    expect(row).toMatchObject({ outputKind: 'csv', sha256: sha256(file) });
    expect(row!.pupils.map((p) => p.name).sort()).toEqual(['Ava Okonjo', 'Leo Nowak']);
    expect(await t.value('disclosures.register', { recipientKind: 'parent' })).toEqual([]);
    expect(await t.value('disclosures.register', { from: '2999-01-01' })).toEqual([]);
  });

  it('refuses a register extract for a parent, writes nothing, and records the refusal with its reasons', async () => {
    const t = await school();
    const result = await t.value<ExportResult>('disclosures.send', {
      output: { kind: 'register-extract', filter: {} },
      recipient: { kind: 'parent', name: 'Grace Okonjo' },
      purpose: 'Asked for the class list',
      include: { health: false, familySocialCare: false, thirdPartyReports: false },
    });
    expect(result.decision.outcome).toBe('refused');
    expect(t.platform.dialogCalls).toEqual([]);
    expect(readdirSync(t.out)).toEqual([]);
    const [row] = await t.value<RegisterEntry[]>('disclosures.register', {});
    expect(row).toMatchObject({ outcome: 'refused', outputKind: 'none', sha256: null, fileName: null });
    expect(row!.documents.every((d) => d.reason.length > 0)).toBe(true);
  });

  it('prints the register for the DPO as a recorded disclosure to staff, with the PDF’s hash', async () => {
    const t = await school();
    await t.value('disclosures.send', summary(t.ava, { kind: 'other' }));
    const file = path.join(t.out, 'register.pdf');
    t.platform.queueSavePath(file);
    const printed = await t.value<ExportResult>('disclosures.printRegister', {});
    expect(printed.decision.outcome).toBe('allowed');
    const [row] = await t.value<RegisterEntry[]>('disclosures.register', { recipientKind: 'school-staff' });
    expect(row).toMatchObject({ outputKind: 'pdf', fileName: 'register.pdf', sha256: sha256(file), recipient: { name: 'Data protection officer' } });
    expect(row!.pupils).toEqual([{ id: t.ava, name: 'Ava Okonjo' }]);
  });

  it('records nothing as sent when the file cannot be written', async () => {
    const t = await school();
    t.platform.queueSavePath(path.join(t.out, 'no such folder', 'summary.pdf'));
    const result = await t.call('disclosures.send', summary(t.ava, { kind: 'parent' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(result.error?.message).toContain('Nothing was shared');
    expect(await t.value('disclosures.register', {})).toEqual([]);
    expect(t.audit('disclosure.write-failed')).toHaveLength(1);
  });

  it('removes the saved file again when its register row cannot be written', async () => {
    // The vault locks while Chromium prints, so the file is written but the transaction finds no database.
    let lockNow = () => undefined as void;
    const t = await school(async () => {
      const page = await browser.newPage();
      lockNow();
      return page;
    });
    lockNow = () => t.backend.session.lock('user');
    t.platform.queueSavePath(path.join(t.out, 'summary.pdf'));
    const result = await t.call('disclosures.send', summary(t.ava, { kind: 'parent' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // The save dialog was answered and the file written, then removed when the record could not be made.
    expect(t.platform.dialogCalls).toHaveLength(1);
    expect(readdirSync(t.out)).toEqual([]);
    await t.value('vault.unlock', { name: SENCO, passphrase: PASSPHRASE });
    expect(await t.value('disclosures.register', {})).toEqual([]);
  });

  it('keeps every register row: no update, no delete', async () => {
    const t = await school();
    await t.value('disclosures.send', summary(t.ava, { kind: 'other' }));
    const db = t.db();
    expect(() => db.prepare("UPDATE disclosure_register SET outcome = 'allowed'").run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM disclosure_register').run()).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM disclosure_register_pupil').run()).toThrow(/never deleted/);
    expect(db.prepare('SELECT count(*) AS n FROM disclosure_register').get()).toEqual({ n: 1 });
  });

  it('does not let a teacher send records', async () => {
    const t = await school();
    await t.value('vault.lock');
    await t.value('vault.unlock', { name: 'Ella Brown', passphrase: passphrases.teacher });
    const result = await t.call('disclosures.send', summary(t.ava, { kind: 'parent' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
  });
});

describe('approval by a second person', () => {
  it('lets the headteacher approve a request in the interests of the pupil, which is then sent and says who approved it', async () => {
    const t = await school();
    const request = interests(t.ava);
    expect((await t.value<ExportResult>('disclosures.send', request)).decision.outcome).toBe('needs-approval');
    expect(readdirSync(t.out)).toEqual([]);
    const approval = await t.value<{ token: string; approverName: string }>('disclosures.approve', {
      request,
      approverName: 'helen marsh',
      passphrase: passphrases.head,
    });
    expect(approval.approverName).toBe('Helen Marsh');
    // The SENCO is still the one signed in.
    expect(await t.value('session.current')).toMatchObject({ user: { name: SENCO } });
    const file = path.join(t.out, 'club.pdf');
    t.platform.queueSavePath(file);
    const sent = await t.value<ExportResult>('disclosures.send', { ...request, approvalToken: approval.token });
    expect(sent.decision.outcome).toBe('allowed');
    const [row, waiting] = await t.value<RegisterEntry[]>('disclosures.register', {});
    expect(row).toMatchObject({ outcome: 'allowed', approvedBy: 'Helen Marsh', sha256: sha256(file), interestsReason: REASON });
    expect(waiting).toMatchObject({ outcome: 'needs-approval', approvedBy: null });
    expect(t.audit('disclosure.approved')).toEqual([{ approverId: t.head.id, request: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('refuses the requester, a teacher and a wrong passphrase, and records each attempt', async () => {
    const t = await school();
    const request = interests(t.ava);
    const attempt = (approverName: string, passphrase: string) => t.call('disclosures.approve', { request, approverName, passphrase });
    expect(await attempt(SENCO, PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    const teacher = await attempt('Ella Brown', passphrases.teacher);
    expect(teacher).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(teacher.error?.message).toContain('only the headteacher or the DSL');
    expect(await attempt('Helen Marsh', 'not her passphrase at all')).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await attempt('Nobody Here', passphrases.head)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(t.audit('disclosure.approval-refused')).toEqual([
      { reason: 'requester', approverId: expect.any(String) },
      { reason: 'role', approverId: t.teacher.id },
    ]);
    expect(t.audit('disclosure.approval-failed')).toEqual([{ reason: 'wrong-passphrase' }, { reason: 'wrong-passphrase' }]);
    expect(await t.value('disclosures.register', {})).toEqual([]);
    // Nor is a passphrase checked for a request that needs no approval.
    const needless = await t.call('disclosures.approve', { request: summary(t.ava, { kind: 'parent' }), approverName: 'Helen Marsh', passphrase: passphrases.head });
    expect(needless).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(t.audit('disclosure.approved')).toEqual([]);
  });

  it('binds an approval to its one request: not another pupil, not a changed reason, and not twice', async () => {
    const t = await school();
    const request = interests(t.ava);
    const { token } = await t.value<{ token: string }>('disclosures.approve', { request, approverName: 'Helen Marsh', passphrase: passphrases.head });
    for (const other of [interests(t.leo), { ...request, purpose: 'Something else entirely' }]) {
      const result = await t.call('disclosures.send', { ...other, approvalToken: token });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    }
    expect(t.platform.dialogCalls).toEqual([]);
    t.platform.queueSavePath(path.join(t.out, 'once.pdf'));
    expect((await t.value<ExportResult>('disclosures.send', { ...request, approvalToken: token })).decision.outcome).toBe('allowed');
    const again = await t.call('disclosures.send', { ...request, approvalToken: token });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(t.audit('disclosure.approval-rejected')).toHaveLength(3);
    expect(readdirSync(t.out)).toEqual(['once.pdf']);
  });

  it('slows approvals down after five wrong passphrases, as unlock does', async () => {
    const t = await school();
    const request = interests(t.ava);
    for (let i = 0; i < 5; i++) {
      await t.call('disclosures.approve', { request, approverName: 'Helen Marsh', passphrase: `wrong guess number ${i}` });
    }
    const waiting = await t.call('disclosures.approve', { request, approverName: 'Helen Marsh', passphrase: passphrases.head });
    expect(waiting).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(t.audit('disclosure.approval-refused')).toEqual([{ reason: 'waiting', approverId: null }]);
  });
});
