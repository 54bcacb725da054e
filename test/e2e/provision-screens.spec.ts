import { checkScreen } from '../support/screens';
import { expect, test, type TestApp } from './fixtures';
import { createVault } from './journeys';
import { errorsOutsidePreview, openProvision, seedGroup } from './provisionSeed';
import { addPupil, call, pupil } from './seed';

/** Every new screen of issue 6 passes axe-core (WCAG 2.2 AA) with no violations; the journey spec checks the forms it fills. */
async function seeded(app: TestApp) {
  await createVault(app);
  const ava = await addPupil(app, pupil('Ava', 'Okonjo'));
  const noah = await addPupil(app, pupil('Noah', 'Patel', { sex: 'M' }));
  await call(app, 'costing.setHourlyRate', { roleId: 'teaching-assistant', hourlyRatePence: 1450 });
  return { ava, groupId: await seedGroup(app, { ava, noah }) };
}

test('the groups, the group’s tasks, the library and the settings for provision pass axe', async ({ app }) => {
  await seeded(app);
  const { page } = app;

  await openProvision(page, 'Groups');
  await expect(page.getByRole('table', { name: 'Provision groups' })).toContainText('Toe by Toe (Year 5)');
  await checkScreen(page, 'provision-groups');
  await page.getByRole('link', { name: 'Toe by Toe (Year 5)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toe by Toe (Year 5)' })).toBeFocused();

  await page.getByRole('button', { name: 'Evaluate the group' }).click();
  await page.getByRole('button', { name: 'Save the evaluation' }).click();
  await expect(page.locator('.error-summary')).toContainText('Choose continue, stop or change.');
  await checkScreen(page, 'provision-evaluate');
  await page.getByRole('group', { name: 'What happens to the intervention now?' }).getByLabel('Continue').check();
  await page.getByLabel('Why?').fill('Both pupils gained more than six months of reading age.');
  await page.getByRole('button', { name: 'Save the evaluation' }).click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Continue');

  await page.getByRole('button', { name: 'Evaluate for Noah Patel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evaluate Toe by Toe (Year 5) for Noah Patel');
  await checkScreen(page, 'provision-evaluate-pupil');
  await page.getByRole('group', { name: 'What happens to the intervention now?' }).getByLabel('Change').check();
  await page.getByLabel('Why?').fill('Noah needs shorter sessions.');
  await page.getByRole('button', { name: 'Save the evaluation' }).click();
  await expect(page.getByRole('table', { name: 'Pupils in the group' })).toContainText('Change: Noah needs shorter sessions.');

  await page.getByRole('button', { name: 'Change Noah Patel’s dates' }).click();
  await checkScreen(page, 'provision-membership-dates');
  await page.getByLabel('Date they left the group').fill('2026-08-01');
  await page.getByRole('button', { name: 'Save the dates' }).click();
  await expect(page.locator('.error-summary')).toContainText('The pupil must leave on or after the date they joined.');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'End Noah Patel’s place' }).click();
  await checkScreen(page, 'provision-end-membership');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'End the group' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('End Toe by Toe (Year 5)?');
  await expect(page.getByText('The 2 pupils still in it leave on the same day.')).toBeVisible();
  await checkScreen(page, 'provision-end-group');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Change details' }).click();
  await expect(page.getByLabel('Name of the group')).toHaveValue('Toe by Toe (Year 5)');
  await checkScreen(page, 'provision-change-group');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Save to library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved to the library' })).toBeVisible();

  await openProvision(page, 'Library');
  await page.getByRole('button', { name: 'Archive Toe by Toe' }).first().click();
  await checkScreen(page, 'provision-archive-entry');
  await page.getByRole('button', { name: 'Archive it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'archived' })).toHaveText('Toe by Toe was archived.');

  await page.keyboard.press('Control+3');
  await expect(page.getByRole('region', { name: 'Staff roles and pay' })).toContainText('£14.50 an hour');
  await expect(page.getByRole('region', { name: 'Costing templates' })).toContainText('School default (38 weeks)');
  await expect(page.getByRole('region', { name: 'Review outcomes' })).toContainText('Met the intended outcome');
  await checkScreen(page, 'provision-settings');
  await page.getByRole('button', { name: 'Add a role' }).click();
  await page.getByLabel('Name of the role').fill('Learning mentor');
  await page.getByLabel('Hourly rate (£)').fill('15.2');
  await checkScreen(page, 'provision-role');
  await page.getByRole('button', { name: 'Save the role' }).click();
  await expect(page.getByRole('region', { name: 'Staff roles and pay' })).toContainText('Learning mentor£15.20 an hour');
  await page.getByRole('button', { name: 'Add a costing template' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Northshire LA');
  await page.getByLabel('Weeks in the school year').fill('39');
  await page.getByLabel('Teaching assistant', { exact: true }).fill('0.3125');
  await page.getByLabel('Cap a pupil a provision in a year (£, optional)').fill('1200');
  await checkScreen(page, 'provision-template');
  await page.getByRole('button', { name: 'Save the template' }).click();
  await page.getByLabel('The school’s costing template').selectOption({ label: 'Northshire LA' });
  await expect(page.getByText('Maps are now costed with Northshire LA.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Costing templates' })).toContainText('Teaching assistant: £0.3125 a minute');
  await page.getByRole('button', { name: 'Add a review outcome' }).click();
  await page.getByLabel('Words for the outcome').fill('Too early to tell');
  await page.getByRole('group', { name: 'Score' }).getByLabel('0', { exact: true }).check();
  await checkScreen(page, 'provision-outcome');
  await page.getByRole('button', { name: 'Save the outcome' }).click();
  await page.getByRole('button', { name: 'Archive Too early to tell' }).click();
  await checkScreen(page, 'provision-archive-outcome');
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Review outcomes' })).toContainText('Too early to tell Archived');
  expect(errorsOutsidePreview(app.pageErrors)).toEqual([]);
});

test('the maps, the impact sheet and the print dialog pass axe', async ({ app }) => {
  const { groupId } = await seeded(app);
  const { page } = app;
  await openProvision(page, 'Provision map');
  const grid = page.getByRole('grid', { name: /Provision by area of need and wave/ });
  await grid.getByRole('gridcell', { name: /1 group/ }).click();
  await expect(page.getByRole('region', { name: /Cognition and learning/ }).getByRole('table')).toContainText('Toe by Toe (Year 5)');
  await checkScreen(page, 'provision-school-map');
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(page.getByRole('group', { name: 'Who is it for?' }).getByRole('radio')).toHaveCount(2);
  await page.getByRole('group', { name: 'Who is it for?' }).getByLabel('A meeting: no pay rates or costs').check();
  await expect(page.getByLabel('Who is the meeting with?')).toHaveValue('school-staff');
  await expect(page.frameLocator('iframe[title^="Preview of Whole-school provision map"]').locator('body')).toContainText('Toe by Toe');
  await checkScreen(page, 'provision-print-school-map');
  await page.getByLabel('Why is it being printed?').fill('Governors’ SEN committee, spring term');
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sent to the printer' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the disclosure register' }).click();
  const sent = page.getByRole('table', { name: 'Disclosure decisions, newest first' }).getByRole('row').nth(1);
  await expect(sent).toContainText('Staff of this school');
  await sent.getByText('Reasons and record').click();
  await expect(sent).toContainText('Printed. SHA-256 of the page sent:');

  await openProvision(page, 'Groups');
  await page.getByRole('link', { name: 'Toe by Toe (Year 5)' }).click();
  await page.getByRole('button', { name: 'Impact sheet' }).click();
  await expect(page.getByRole('region', { name: 'Pupils' })).toContainText('Ava Okonjo');
  await checkScreen(page, 'provision-impact');
  expect(groupId).toBeTruthy();
  expect(errorsOutsidePreview(app.pageErrors)).toEqual([]);
});
