import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault, lock, passphrase, school } from './journeys';
import { openNoah, question } from './openNoah';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';
import { UnlockPage } from './pages/UnlockPage';
import { addPupil, call, pupil } from './seed';


test('record a written consent from a parent with parental responsibility, see it current, withdraw it and find it under earlier consents', async ({ app }) => {
  const file = await openNoah(app);
  const { page } = app;
  const errors = page.locator('.error-summary');
  await expect(file.consents).toContainText('No current consent is recorded.');

  await file.consents.getByRole('button', { name: 'Record consent' }).click();
  await expect(file.heading('Record consent to share Noah Patel’s records')).toBeFocused();
  await page.getByRole('button', { name: 'Record the consent' }).click();
  for (const message of [
    'Say who gave consent: a parent or carer, or the pupil.',
    'Say whether consent was given in writing or by word of mouth.',
    'Choose who the records may be shared with.',
    'Choose which records may be shared.',
  ]) await expect(errors).toContainText(message);
  await expect(question(page, 'Who gave consent?').getByLabel('A parent or carer')).toBeFocused();

  // A carer without parental responsibility cannot consent: the form says so before main does.
  await question(page, 'Who gave consent?').getByLabel('A parent or carer').check();
  await page.getByLabel('Full name of the parent or carer').fill('Anita Patel');
  await page.getByLabel('Relationship to the pupil').fill('Mother');
  await question(page, 'Do they have parental responsibility?').getByLabel('No').check();
  await page.getByLabel('Date consent was given').fill('2026-11-02');
  await question(page, 'How was consent given?').getByLabel('In writing: a signed form, letter or email').check();
  await page.getByLabel('Where the evidence is').fill('Signed form in the SEN cabinet, drawer 2');
  const recipients = question(page, 'Who may the records be shared with?');
  await recipients.getByLabel('The local authority’s SEN team').check();
  await recipients.getByLabel('The headteacher of the pupil’s next school').check();
  await page.getByLabel('Their organisation (optional)').fill('Oakfield High School');
  await question(page, 'Which records may be shared?').getByLabel(/^SEN record/).check();
  await expect(question(page, 'Which records may be shared?').getByLabel('Safeguarding record')).toHaveCount(0);
  await page.getByLabel('Consent ends on (optional)').fill('2027-07-31');
  await page.getByRole('button', { name: 'Record the consent' }).click();
  await expect(errors).toContainText('Only someone with parental responsibility can consent.');
  await expect(question(page, 'Do they have parental responsibility?').getByLabel('Yes')).toBeFocused();
  await question(page, 'Do they have parental responsibility?').getByLabel('Yes').check();
  await checkScreen(page, 'consent-record');
  await page.getByRole('button', { name: 'Record the consent' }).click();

  await expect(file.notice).toHaveText('The consent was recorded. It is listed under current consents.');
  const anita = file.consents.getByRole('article', { name: /Consent from Anita Patel \(Mother\)/ });
  await expect(anita.getByRole('heading', { name: 'Consent from Anita Patel (Mother) Current' })).toBeVisible();
  for (const text of ['Anita Patel (Mother), with parental responsibility', '2 November 2026', 'In writing', 'Signed form in the SEN cabinet, drawer 2',
    'The local authority’s SEN team', 'The headteacher of the pupil’s next school', 'Named: Oakfield High School', 'SEN record', '31 July 2027']) {
    await expect(anita).toContainText(text);
  }
  await expect(anita).not.toContainText('EHC plan');
  await checkScreen(page, 'pupil-file-consents');

  // Withdrawing asks the date and why; the consent stays on the file with both.
  await anita.getByRole('button', { name: 'Withdraw the consent from Anita Patel (Mother) given on 2 November 2026' }).click();
  await expect(file.heading('Withdraw the consent Anita Patel (Mother) gave?')).toBeFocused();
  await page.getByLabel('Date consent was withdrawn').fill('2026-11-01');
  await page.getByRole('button', { name: 'Withdraw the consent' }).click();
  await expect(errors).toContainText('Consent cannot be withdrawn before the date it was given.');
  await expect(errors).toContainText('Say why consent was withdrawn, or how the school was told.');
  await page.getByLabel('Date consent was withdrawn').fill('2026-11-20');
  await page.getByLabel('Why, and how the school was told').fill('Mother phoned the office; letter to follow');
  await checkScreen(page, 'consent-withdraw');
  await page.getByRole('button', { name: 'Withdraw the consent' }).click();

  await expect(file.notice).toHaveText('The consent was withdrawn on 20 November 2026. It is kept under earlier consents.');
  await expect(file.consents).toContainText('No current consent is recorded.');
  const earlier = await file.openEarlier('Earlier consents, withdrawn or expired (1)', file.consents);
  await expect(earlier.getByRole('heading', { name: 'Consent from Anita Patel (Mother), withdrawn on 20 November 2026' })).toBeVisible();
  await expect(earlier).toContainText('20 November 2026: Mother phoned the office; letter to follow');
  await expect(earlier).toContainText('SEN record');
  await expect(earlier.getByRole('button')).toHaveCount(0);
  await checkScreen(page, 'pupil-file-consents-earlier');
  expect(app.pageErrors).toEqual([]);
});

test('keyboard alone: record a consent and withdraw it', async ({ app }) => {
  const file = await openNoah(app);
  const { page } = app;
  const { keyboard } = page;
  // A control's name as a person hears it: its label, or a button's own words.
  const focusedName = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
    });
  async function tabTo(name: string | RegExp) {
    const matches = (found: string) => (typeof name === 'string' ? found === name : name.test(found));
    for (let i = 0; i < 60 && !matches(await focusedName()); i++) await keyboard.press('Tab');
    expect(await focusedName()).toMatch(typeof name === 'string' ? new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) : name);
  }

  await tabTo('Record consent');
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo('A parent or carer');
  await keyboard.press('Space');
  await tabTo('Full name of the parent or carer');
  await keyboard.type('Anita Patel');
  await tabTo('Relationship to the pupil');
  await keyboard.type('Mother');
  await tabTo('Yes');
  await keyboard.press('Space');
  await tabTo('In writing: a signed form, letter or email');
  await keyboard.press('Space');
  await tabTo('Where the evidence is');
  await keyboard.type('Signed form in the SEN cabinet');
  await tabTo('The local authority’s SEN team');
  await keyboard.press('Space');
  await tabTo('EHC plan');
  await keyboard.press('Space');
  await tabTo('Record the consent');
  await keyboard.press('Enter');
  await expect(file.notice).toBeFocused();
  await expect(file.notice).toHaveText('The consent was recorded. It is listed under current consents.');
  await expect(file.consents.getByRole('article')).toContainText('EHC plan');

  await tabTo(/^Withdraw the consent from Anita Patel \(Mother\)/);
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo('Why, and how the school was told');
  await keyboard.type('Told the SENCO at parents’ evening');
  await tabTo('Withdraw the consent');
  await keyboard.press('Enter');
  await expect(file.notice).toBeFocused();
  await expect(file.consents).toContainText('No current consent is recorded.');
  await tabTo('Earlier consents, withdrawn or expired (1)');
  await keyboard.press('Enter');
  await expect(file.earlier('Earlier consents, withdrawn or expired (1)', file.consents)).toContainText('Told the SENCO at parents’ evening');
  await checkScreen(page, 'pupil-file-consents-keyboard');
  expect(app.pageErrors).toEqual([]);
});

test('a half-recorded consent survives a lock as a draft, ticked boxes included', async ({ app }) => {
  const file = await openNoah(app);
  const { page } = app;
  await file.consents.getByRole('button', { name: 'Record consent' }).click();
  await question(page, 'Who gave consent?').getByLabel('A parent or carer').check();
  await question(page, 'Which records may be shared?').getByLabel('Provision map').check();
  await page.getByLabel('Full name of the parent or carer').fill('Anita Patel');
  const form = `consents.record.${file.pupilId}`;
  await expect.poll(() => page.evaluate(async (f) => JSON.stringify(await window.senco.drafts.get({ form: f })), form)).toContain('Anita');
  await lock(app);
  await new UnlockPage(page).unlockWith(school.sencoName, passphrase);
  await new RegisterPage(page).row('Noah Patel').getByRole('button').click();
  await file.consents.getByRole('button', { name: 'Record consent' }).click();
  await expect(page.getByRole('region', { name: /^You were recording a consent/ })).toBeVisible();
  await checkScreen(page, 'consent-draft-offer');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('Full name of the parent or carer')).toHaveValue('Anita Patel');
  await expect(question(page, 'Which records may be shared?').getByLabel('Provision map')).toBeChecked();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(file.heading('Noah Patel')).toBeFocused();
  expect(app.pageErrors).toEqual([]);
});

test('the giver is filled in from the parents and carers on the file', async ({ app }) => {
  await createVault(app);
  const pupilId = await addPupil(app, pupil('Noah', 'Patel', { sex: 'M' }));
  const stepfather = {
    name: 'Rob Hale', relationship: 'Stepfather', parentalResponsibility: false, mobilePhone: null, homePhone: null, workPhone: null,
    email: null, address: null, livesWithPupil: true, priority: 2, notes: null,
  };
  await call(app, 'people.saveContact', { pupilId, contactId: null, version: 0, contact: stepfather });
  await call(app, 'people.saveContact', { pupilId, contactId: null, version: 0, contact: { ...stepfather, name: 'Anita Patel', relationship: 'Mother', parentalResponsibility: true, priority: 1 } });
  const { page } = app;
  // Away and back by the shortcuts, so the register asks main again.
  await page.keyboard.press('Control+3');
  await page.keyboard.press('Control+1');
  await new RegisterPage(page).row('Noah Patel').getByRole('button').click();
  const file = new PupilFilePage(page);
  await file.consents.getByRole('button', { name: 'Record consent' }).click();
  await question(page, 'Who gave consent?').getByLabel('A parent or carer').check();
  const picker = page.getByLabel('Fill in from the parents and carers on the file (optional)');
  await expect(picker.locator('option')).toHaveText(['Choose a parent or carer', 'Anita Patel (Mother), parental responsibility', 'Rob Hale (Stepfather), no parental responsibility']);
  await picker.selectOption({ label: 'Rob Hale (Stepfather), no parental responsibility' });
  await expect(page.getByLabel('Full name of the parent or carer')).toHaveValue('Rob Hale');
  await expect(question(page, 'Do they have parental responsibility?').getByLabel('No')).toBeChecked();
  await picker.selectOption({ label: 'Anita Patel (Mother), parental responsibility' });
  await expect(page.getByLabel('Full name of the parent or carer')).toHaveValue('Anita Patel');
  await expect(page.getByLabel('Relationship to the pupil')).toHaveValue('Mother');
  await expect(question(page, 'Do they have parental responsibility?').getByLabel('Yes')).toBeChecked();
  await checkScreen(page, 'consent-record-from-contact');
  expect(app.pageErrors).toEqual([]);
});
