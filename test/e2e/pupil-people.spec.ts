import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { addAccount, createVault, lock, passphrase, school } from './journeys';
import type { NewAccount } from './pages/AddAccountPage';
import { openNoah, question } from './openNoah';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';
import { UnlockPage } from './pages/UnlockPage';
import { addPupil, call, pupil } from './seed';


test('parents, professionals and the one-page profile on a pupil file, each keeping its earlier versions', async ({ app }) => {
  const file = await openNoah(app);
  const { page } = app;
  const errors = page.locator('.error-summary');

  // A parent with parental responsibility; the form names what is missing or mistyped before it asks main.
  await page.getByRole('button', { name: 'Add a parent or carer' }).click();
  await expect(file.heading('Add a parent or carer for Noah Patel')).toBeFocused();
  await page.getByRole('button', { name: 'Add the contact' }).click();
  await expect(errors).toContainText('Enter the name of the parent or carer.');
  await expect(errors).toContainText('Say whether they have parental responsibility.');
  await expect(page.getByLabel('Full name')).toBeFocused();
  await page.getByLabel('Full name').fill('Anita Patel');
  await page.getByLabel('Relationship to the pupil').fill('Mother');
  await question(page, 'Do they have parental responsibility?').getByLabel('Yes').check();
  await question(page, 'Does the pupil live with them?').getByLabel('Yes').check();
  await page.getByLabel('Mobile phone (optional)').fill('7700 900123');
  await page.getByLabel('Email (optional)').fill('anita.patel@example.co.uk');
  await page.getByRole('button', { name: 'Add the contact' }).click();
  await expect(errors).toContainText('Start a UK number with 0, or an international one with +.');
  await page.getByLabel('Mobile phone (optional)').fill('07700 900123');
  await checkScreen(page, 'contact-add');
  await page.getByRole('button', { name: 'Add the contact' }).click();
  await expect(file.notice).toHaveText('Anita Patel was added as a contact.');
  const anita = file.contacts.getByRole('article', { name: /Anita Patel/ });
  await expect(anita.getByRole('heading', { name: 'Anita Patel Parental responsibility' })).toBeVisible();
  await expect(anita).toContainText('Mobile: 07700 900123');
  await expect(anita).toContainText('anita.patel@example.co.uk');

  // A change is a new version; the one before stays readable under the contact.
  await anita.getByRole('button', { name: 'Change the details of Anita Patel' }).click();
  await expect(file.heading('Change the details of Anita Patel')).toBeFocused();
  await expect(question(page, 'Do they have parental responsibility?').getByLabel('Yes')).toBeChecked();
  await page.getByLabel('Mobile phone (optional)').fill('07700 900456');
  await page.getByLabel('Home phone (optional)').fill('0113 496 0000');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(file.notice).toHaveText('Anita Patel’s details saved. The earlier version is kept.');
  await expect(anita).toContainText('Mobile: 07700 900456');
  await expect(anita).toContainText('Home: 0113 496 0000');
  const anitaBefore = await file.openEarlier('Earlier versions for Anita Patel (1)', anita);
  await expect(anitaBefore).toContainText('Mobile: 07700 900123');

  // An educational psychologist, then the end of the involvement, asked for first.
  await page.getByRole('button', { name: 'Add a professional' }).click();
  await expect(file.heading('Add a professional involved with Noah Patel')).toBeFocused();
  await page.getByLabel('Role').selectOption({ label: 'Educational psychologist' });
  await page.getByLabel('Name', { exact: true }).fill('Dr Hana Malik');
  await page.getByLabel('Service or organisation (optional)').fill('Oakfield Educational Psychology Service');
  await page.getByLabel('Involved since').fill('2026-09-15');
  await page.getByLabel('Involvement ended (optional)').fill('2026-09-01');
  await page.getByRole('button', { name: 'Add the professional' }).click();
  await expect(errors).toContainText('The end date cannot be before the start date.');
  await page.getByLabel('Involvement ended (optional)').fill('');
  await checkScreen(page, 'involvement-add');
  await page.getByRole('button', { name: 'Add the professional' }).click();
  await expect(file.notice).toHaveText('Dr Hana Malik was added to the professionals involved.');
  const malik = file.professionals.getByRole('article', { name: /Dr Hana Malik/ });
  await expect(malik).toContainText('Educational psychologist: Dr Hana Malik');
  await expect(malik).toContainText('15 September 2026 – now');

  await malik.getByRole('button', { name: 'End the involvement of Dr Hana Malik' }).click();
  await expect(file.heading('End the involvement of Dr Hana Malik (Educational psychologist) with Noah Patel?')).toBeFocused();
  await page.getByLabel('Date the involvement ended').fill('2026-11-20');
  await checkScreen(page, 'involvement-end');
  await page.getByRole('button', { name: 'End the involvement' }).click();
  await expect(file.notice).toHaveText('The involvement of Dr Hana Malik (Educational psychologist) ended on 20 November 2026.');
  await expect(file.professionals).toContainText('No professionals are involved now.');
  const ended = await file.openEarlier('Involvements that have ended (1)', file.professionals);
  await expect(ended).toContainText('15 September 2026 – 20 November 2026');
  const before = await file.openEarlier('Earlier versions for Dr Hana Malik (1)', ended);
  await expect(before).toContainText('15 September 2026 – now');

  // The one-page profile, then a second version: the first stays readable.
  await page.getByRole('button', { name: 'Write the one-page profile' }).click();
  await page.getByLabel('What people like and admire about me').fill('I am kind and I make people laugh.');
  await page.getByLabel('What is important to me').fill('My dog Biscuit and football.');
  await page.getByLabel('How best to support me').fill('Tell me what is coming next.');
  await page.getByLabel('Date written').fill('2026-10-06');
  await page.getByLabel('Who contributed').fill('Noah, his mother, Mr Hill (class teacher)');
  await checkScreen(page, 'profile-write');
  await page.getByRole('button', { name: 'Save the profile' }).click();
  await expect(file.notice).toHaveText('The one-page profile was saved.');
  await page.getByRole('button', { name: 'Write a new version of the profile' }).click();
  await expect(page.getByLabel('What is important to me')).toHaveValue('My dog Biscuit and football.');
  await page.getByLabel('What is important to me').fill('Football, and my new baby sister.');
  await page.getByLabel('Date written').fill('2026-11-23');
  await page.getByRole('button', { name: 'Save the profile' }).click();
  await expect(file.notice).toHaveText('The new version of the profile was saved. The earlier version is kept.');
  await expect(file.profile).toContainText('Football, and my new baby sister.');
  await expect(file.profile).toContainText('Written 23 November 2026 with Noah, his mother, Mr Hill (class teacher).');
  const earlierProfile = await file.openEarlier('Earlier versions of the profile (1)', file.profile);
  await expect(earlierProfile.getByRole('heading', { name: 'Profile written 6 October 2026' })).toBeVisible();
  await expect(earlierProfile).toContainText('My dog Biscuit and football.');

  // Changing the details keeps the earlier version, with who changed what.
  await file.changeDetails.click();
  await expect(file.heading('Change the details of Noah Patel')).toBeFocused();
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(errors).toContainText('Nothing has been changed.');
  await expect(page.getByLabel('Legal forename')).toHaveValue('Noah');
  await page.getByLabel('Class (optional)').fill('5C');
  await page.getByLabel('Pupil premium').check();
  await checkScreen(page, 'pupil-change-details');
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(file.notice).toHaveText('Details saved. The earlier version is kept.');
  await expect(file.details).toContainText('5C');
  await expect(file.details).toContainText(/Details last changed .* by Priya Sharma\./);
  const history = await file.openEarlier('Earlier versions of the details (1)', file.details);
  await expect(history).toContainText('Class changed from 5B to 5C');
  await expect(history).toContainText('Pupil premium changed from No to Yes');
  await expect(history).toContainText('First recorded as Noah Patel.');
  await checkScreen(page, 'pupil-file-people');

  // Removing a contact is asked first, and the contact stays on the file.
  await anita.getByRole('button', { name: 'Remove Anita Patel from the contacts' }).click();
  await expect(file.heading('Remove Anita Patel from Noah Patel’s contacts?')).toBeFocused();
  await checkScreen(page, 'contact-remove');
  await page.getByRole('button', { name: 'Remove from the contacts' }).click();
  await expect(file.notice).toHaveText('Anita Patel was removed from the contacts. Their details are kept on the file.');
  await expect(file.contacts).toContainText('No parents or carers have been recorded.');
  const removed = await file.openEarlier('Removed parents and carers (1)', file.contacts);
  await expect(removed).toContainText('Anita Patel');
  await expect(removed).toContainText('07700 900456');
  expect(app.pageErrors).toEqual([]);
});

test('keyboard alone: write a one-page profile and read the earlier version', async ({ app }) => {
  const file = await openNoah(app);
  const { page } = app;
  const { keyboard } = page;
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  async function tabTo(text: string) {
    for (let i = 0; i < 40 && (await focusedText()) !== text; i++) await keyboard.press('Tab');
    expect(await focusedText()).toBe(text);
  }

  for (const important of ['Drawing and my cat.', 'Drawing, my cat and swimming.']) {
    await tabTo(important.startsWith('Drawing and') ? 'Write the one-page profile' : 'Write a new version of the profile');
    await keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await keyboard.press('Tab');
    await expect(page.getByLabel('What people like and admire about me')).toBeFocused();
    await keyboard.press('ControlOrMeta+a');
    await keyboard.type('I am good at drawing.');
    await keyboard.press('Tab');
    await keyboard.press('ControlOrMeta+a');
    await keyboard.type(important);
    await keyboard.press('Tab');
    await keyboard.press('ControlOrMeta+a');
    await keyboard.type('Give me a quiet place when it is loud.');
    await keyboard.press('Tab');
    await expect(page.getByLabel('Date written')).toBeFocused();
    // A date input takes a Tab per part (day, month, year) before the next field.
    const contributors = page.getByLabel('Who contributed');
    for (let i = 0; i < 4 && !(await contributors.evaluate((el) => el === document.activeElement)); i++) await keyboard.press('Tab');
    await expect(contributors).toBeFocused();
    await keyboard.press('ControlOrMeta+a');
    await keyboard.type('Noah and Mrs Patel');
    await keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save the profile' })).toBeFocused();
    await keyboard.press('Enter');
    await expect(file.notice).toBeFocused();
  }
  await expect(file.profile).toContainText('Drawing, my cat and swimming.');
  await tabTo('Earlier versions of the profile (1)');
  await keyboard.press('Enter');
  await expect(file.earlier('Earlier versions of the profile (1)', file.profile)).toContainText('Drawing and my cat.');
  await checkScreen(page, 'pupil-file-profile-keyboard');
  expect(app.pageErrors).toEqual([]);
});

test('a read-only account reads the people and the profile on a file, with no way to change them', async ({ app }) => {
  await createVault(app);
  const pupilId = await addPupil(app, pupil('Noah', 'Patel', { sex: 'M' }));
  const contact = {
    name: 'Anita Patel', relationship: 'Mother', parentalResponsibility: true, mobilePhone: '07700 900123', homePhone: null,
    workPhone: null, email: null, address: null, livesWithPupil: true, priority: 1, notes: null,
  };
  await call(app, 'people.saveContact', { pupilId, contactId: null, version: 0, contact });
  const involvement = {
    role: 'other', roleDescription: 'Play therapist', name: 'Jo Reed', service: null, phone: null, email: null,
    startDate: '2026-09-01', endDate: null, notes: null,
  };
  await call(app, 'people.saveInvolvement', { pupilId, involvementId: null, version: 0, involvement });
  const profile = { writtenOn: '2026-10-06', likeAndAdmire: 'Kind', importantToMe: 'Football', howToSupport: 'Visual timetable', contributors: 'Noah' };
  await call(app, 'people.saveProfile', { pupilId, profile });
  const governor: NewAccount = { name: 'Dana Reid', role: 'read-only', passphrase: 'amber lighthouse pebble tundra' };
  await addAccount(app, governor);
  await lock(app);
  const { page } = app;
  await new UnlockPage(page).unlockWith(governor.name, governor.passphrase);
  await new RegisterPage(page).row('Noah Patel').getByRole('button').click();

  const file = new PupilFilePage(page);
  await expect(file.heading('Noah Patel')).toBeFocused();
  await expect(file.contacts).toContainText('Anita Patel');
  await expect(file.professionals).toContainText('Play therapist: Jo Reed');
  await expect(file.profile).toContainText('Visual timetable');
  // Nothing to change: the one button opens the pupil's provision map to read.
  await expect(page.locator('main').getByRole('button')).toHaveText(['Provision map']);
  await checkScreen(page, 'pupil-file-people-read-only');
  expect(app.pageErrors).toEqual([]);
});

test('a half-written one-page profile survives a lock as a draft, and is offered back', async ({ app }) => {
  const file = await openNoah(app);
  const { page } = app;
  await page.getByRole('button', { name: 'Write the one-page profile' }).click();
  await page.getByLabel('What is important to me').fill('Lego and my grandad.');
  // The draft is saved after a pause in typing; wait for main to hold it.
  const form = `people.profile.${file.pupilId}`;
  await expect.poll(() => page.evaluate(async (f) => JSON.stringify(await window.senco.drafts.get({ form: f })), form)).toContain('grandad');
  await lock(app);
  await new UnlockPage(page).unlockWith(school.sencoName, passphrase);
  await new RegisterPage(page).row('Noah Patel').getByRole('button').click();
  await page.getByRole('button', { name: 'Write the one-page profile' }).click();
  await expect(page.getByRole('region', { name: /^You were writing this profile/ })).toBeVisible();
  await checkScreen(page, 'profile-draft-offer');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('What is important to me')).toHaveValue('Lego and my grandad.');
  await expect(page.getByLabel('What people like and admire about me')).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(file.heading('Noah Patel')).toBeFocused();
  expect(app.pageErrors).toEqual([]);
});
