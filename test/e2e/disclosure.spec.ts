import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { APP_URL } from '../support/appOrigin';
import { checkScreen } from '../support/screens';
import { expect, test, type TestApp } from './fixtures';
import { createVault } from './journeys';
import { HomePage } from './pages/HomePage';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';
import { UnlockPage } from './pages/UnlockPage';
import { addPupil, call, pupil } from './seed';

/**
 * Issue 5, end to end: sharing a pupil's summary goes through the disclosure
 * gate in main. Every attempt is in the disclosure register; a file is saved
 * only when the decision allows it, with its SHA-256 on record.
 */
const head = { name: 'Helen Marsh', role: 'headteacher', passphrase: 'saffron pylon meadow kettle' };
const teacher = { name: 'Sam Whitfield', role: 'teacher', passphrase: 'marble pigeon saucer glacier' };

async function openAvaShare(app: TestApp, staff: (typeof head)[] = []): Promise<Page> {
  await createVault(app);
  await addPupil(app, pupil('Ava', 'Okonjo'));
  for (const account of staff) await call(app, 'accounts.add', { ...account, passphraseConfirm: account.passphrase });
  const { page } = app;
  // Away and back by the shortcuts, so the register asks main again.
  await page.keyboard.press('Control+3');
  await page.keyboard.press('Control+1');
  await new RegisterPage(page).row('Ava Okonjo').getByRole('button').click();
  await page.getByRole('button', { name: 'Share or print a summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Share or print a summary: Ava Okonjo' })).toBeVisible();
  return page;
}

async function fillRequest(page: Page, recipient: string, name: string) {
  await page.getByLabel('Who are the records for?').selectOption({ label: recipient });
  await page.getByLabel('Recipient’s name').fill(name);
  await page.getByLabel('Why are the records being shared?').fill('Support over the summer holidays');
}

const decision = (page: Page) => page.locator('#decision-heading');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function openRegister(page: Page) {
  await new HomePage(page).navLink('Disclosures').click();
  await checkScreen(page, 'disclosures-overview');
  await page.getByRole('link', { name: 'Disclosure register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Disclosure register' })).toBeVisible();
  return page.getByRole('table', { name: 'Disclosure decisions, newest first' });
}

test('a summary for someone else needs consent: nothing is saved; once the consent is recorded it is allowed, saved, and both attempts are in the register', async ({ app }) => {
  const page = await openAvaShare(app);
  await checkScreen(page, 'disclosure-share');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.locator('.error-summary')).toContainText('Choose who the records are for.');
  await fillRequest(page, 'Someone else', 'Sam Reed');
  await page.getByRole('button', { name: 'Check first' }).click();
  await expect(decision(page)).toHaveText('Decision: Needs consent (a preview: nothing is recorded yet)');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(decision(page)).toHaveText('Decision: Needs consent (recorded in the disclosure register)');
  await expect(page.getByRole('region', { name: 'Consent is missing' })).toContainText('Record their consent on the pupil’s file');
  await checkScreen(page, 'disclosure-needs-consent');
  expect(app.platform.dialogCalls).toEqual([]);

  // The journey: record the parent's consent on the pupil's file, then share again.
  await page.getByRole('button', { name: 'Record consent on Ava Okonjo’s file' }).click();
  const file = new PupilFilePage(page);
  await file.consents.getByRole('button', { name: 'Record consent' }).click();
  const question = (legend: string) => page.getByRole('group', { name: legend });
  await question('Who gave consent?').getByLabel('A parent or carer').check();
  await page.getByLabel('Full name of the parent or carer').fill('Grace Okonjo');
  await page.getByLabel('Relationship to the pupil').fill('Mother');
  await question('Do they have parental responsibility?').getByLabel('Yes').check();
  await page.getByLabel('Date consent was given').fill('2026-11-02');
  await question('How was consent given?').getByLabel('In writing: a signed form, letter or email').check();
  await page.getByLabel('Where the evidence is').fill('Signed form in the SEN cabinet');
  await question('Who may the records be shared with?').getByLabel('Someone else').check();
  await page.getByLabel('Name of the recipient (optional)').fill('Sam Reed');
  await question('Which records may be shared?').getByLabel(/^SEN record/).check();
  await page.getByRole('button', { name: 'Record the consent' }).click();
  await expect(file.notice).toContainText('The consent was recorded.');

  await page.getByRole('button', { name: 'Share or print a summary' }).click();
  await fillRequest(page, 'Someone else', 'Sam Reed');
  const saved = path.join(app.dataDir, 'Ava summary.pdf');
  app.platform.queueSavePath(saved);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(decision(page)).toHaveText('Decision: Allowed (recorded in the disclosure register)');
  await expect(page.getByRole('table', { name: 'Decision for each document' })).toContainText('consent');
  await expect(page.getByRole('heading', { name: 'Saved as Ava summary.pdf' })).toBeVisible();
  await expect(page.locator('code.hash')).toHaveText(sha256(saved));
  await checkScreen(page, 'disclosure-allowed');

  const table = await openRegister(page);
  await expect(table.getByRole('row')).toHaveCount(3);
  const sent = table.getByRole('row').nth(1);
  await expect(sent).toContainText('Sam Reed');
  await expect(sent).toContainText('Allowed');
  await sent.getByText('Reasons and record').click();
  await expect(sent).toContainText(`Sent as Ava summary.pdf (PDF). SHA-256: ${sha256(saved)}`);
  await expect(table.getByRole('row').nth(2)).toContainText('Needs consent');
  await checkScreen(page, 'disclosure-register');

  // Filters: by recipient, and by pupil.
  await page.getByLabel('Recipient').selectOption({ label: 'A parent or carer of the pupil' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('No decisions match.')).toBeVisible();
  await page.getByLabel('Recipient').selectOption({ label: 'Someone else' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: 'decision' })).toHaveText('2 decisions');
  await page.getByLabel('Recipient').selectOption({ label: 'Any recipient' });
  await page.getByLabel('Pupil').fill('nobody');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('No decisions match.')).toBeVisible();

  // Printing the register for the DPO is itself a recorded, allowed disclosure.
  await page.getByLabel('Pupil').fill('');
  await page.getByRole('button', { name: 'Filter' }).click();
  app.platform.queueSavePath(path.join(app.dataDir, 'register.pdf'));
  await page.getByRole('button', { name: 'Print the register' }).click();
  await expect(page.getByRole('heading', { name: 'Saved as register.pdf' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText('Staff of this school');
  expect(app.pageErrors).toEqual([]);
});

test('in the interests of the pupil: the headteacher approves with their own passphrase, then the file is saved', async ({ app }) => {
  const page = await openAvaShare(app, [head]);
  await fillRequest(page, 'Someone else', 'Sam Reed');
  await page.getByLabel('Share in the interests of the pupil').check();
  await page.getByLabel('Why is sharing in the interests of the pupil?').fill('The holiday club must know how to keep Ava safe and settled.');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(decision(page)).toHaveText('Decision: Needs approval (recorded in the disclosure register)');
  const approval = page.getByRole('region', { name: 'Approval by the headteacher or the DSL' });
  await checkScreen(page, 'disclosure-approval');

  await approval.getByLabel('Approver’s name').fill(head.name);
  await approval.getByLabel('Approver’s passphrase').fill('not the right one');
  await approval.getByRole('button', { name: 'Approve this request' }).click();
  await expect(page.locator('.error-summary')).toContainText('That name and passphrase do not match an account.');
  await approval.getByLabel('Approver’s passphrase').fill(head.passphrase);
  await approval.getByRole('button', { name: 'Approve this request' }).click();
  await expect(page.getByText('Approved by Helen Marsh.')).toBeVisible();

  const file = path.join(app.dataDir, 'club.pdf');
  app.platform.queueSavePath(file);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Saved as club.pdf' })).toBeVisible();

  const table = await openRegister(page);
  const sent = table.getByRole('row').nth(1);
  await sent.getByText('Reasons and record').click();
  await expect(sent).toContainText('Approved by Helen Marsh.');
  await expect(sent).toContainText(sha256(file));
  await expect(table.getByRole('row').nth(2)).toContainText('Needs approval');
  expect(app.pageErrors).toEqual([]);
});

test('a teacher cannot approve, cannot read the register and cannot share', async ({ app }) => {
  const page = await openAvaShare(app, [teacher]);
  await fillRequest(page, 'Someone else', 'Sam Reed');
  await page.getByLabel('Share in the interests of the pupil').check();
  await page.getByLabel('Why is sharing in the interests of the pupil?').fill('The holiday club must know how to keep Ava safe and settled.');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const approval = page.getByRole('region', { name: 'Approval by the headteacher or the DSL' });
  await approval.getByLabel('Approver’s name').fill(teacher.name);
  await approval.getByLabel('Approver’s passphrase').fill(teacher.passphrase);
  await approval.getByRole('button', { name: 'Approve this request' }).click();
  await expect(page.locator('.error-summary')).toContainText('Sam Whitfield cannot approve a disclosure: only the headteacher or the DSL can.');
  await expect(page.getByText(/^Approved by/)).toHaveCount(0);
  expect(app.platform.dialogCalls).toEqual([]);

  // Signed in as the teacher: the Disclosures section shows the rules but not the register, and main refuses a share.
  await new HomePage(page).lock.click();
  const unlock = new UnlockPage(page);
  await unlock.expectShown();
  await unlock.unlockWith(teacher.name, teacher.passphrase);
  await expect(new HomePage(page).navLink('SEND register')).toBeVisible();
  await new HomePage(page).navLink('Disclosures').click();
  await expect(page.getByRole('link', { name: 'Disclosure rules' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Disclosure register' })).toHaveCount(0);
  const refused = await app.backend.dispatch({ senderUrl: APP_URL, channel: 'disclosures.register', payload: {} });
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
});
