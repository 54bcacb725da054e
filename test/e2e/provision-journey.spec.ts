import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault } from './journeys';
import { errorsOutsidePreview, noProblem, openProvision, seedGroup } from './provisionSeed';
import { addPupil, pupil } from './seed';

/**
 * Issue 6, end to end: build a provision in the library, start a group from
 * it, add two pupils with entry scores, record exit scores and a review,
 * open the first pupil's provision map, print it for a parent meeting as a
 * PDF through the disclosure gate, then find it in the disclosure register.
 */
test('from the library to a parent’s printed provision map, recorded in the disclosure register', async ({ app }) => {
  await createVault(app);
  await addPupil(app, pupil('Ava', 'Okonjo'));
  await addPupil(app, pupil('Noah', 'Patel', { sex: 'M' }));
  const { page } = app;

  // The library: a new provision, every field.
  await openProvision(page, 'Library');
  await expect(page.getByRole('heading', { level: 1, name: 'Provision library' })).toBeFocused();
  await checkScreen(page, 'provision-library-empty');
  await page.getByRole('button', { name: 'Add a provision' }).click();
  await page.getByRole('button', { name: 'Add to the library' }).click();
  await expect(page.locator('.error-summary')).toContainText('Enter the name of the provision.');
  await expect(page.locator('.error-summary')).toContainText('Choose how entry and exit are measured.');
  await checkScreen(page, 'provision-entry-errors');
  await page.getByLabel('Name', { exact: true }).fill('Toe by Toe');
  await page.getByLabel('Evidence base (optional)').fill('EEF toolkit: phonics, +5 months');
  await page.getByLabel('Broad area of need').selectOption({ label: 'Cognition and learning' });
  await page.getByLabel('Wave', { exact: true }).selectOption({ label: 'Wave 2: small group' });
  await page.getByLabel('Usually run by (optional)').selectOption({ label: 'Teaching assistant' });
  await page.getByLabel('Group size').fill('4');
  await page.getByLabel('Sessions a week').fill('3');
  await page.getByLabel('Minutes a session').fill('20');
  await page.getByLabel('Weeks it lasts').fill('12');
  await page.getByLabel('Materials (£)').fill('45.00');
  await page.getByLabel('Intended outcome').fill('Reading age up by six months');
  await page.getByLabel('Entry and exit measure').selectOption({ label: 'Reading age (months)' });
  await page.getByRole('button', { name: 'Add to the library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was added to the library' })).toHaveText('Toe by Toe was added to the library.');
  await expect(page.getByRole('heading', { level: 2, name: 'Toe by Toe' })).toBeVisible();
  await checkScreen(page, 'provision-library');

  // Start a group from it: the form comes prefilled with the entry's figures.
  await page.getByRole('button', { name: 'Start a group: Toe by Toe' }).click();
  await expect(page.getByLabel('Name of the group')).toHaveValue('Toe by Toe');
  await expect(page.getByLabel('Sessions a week')).toHaveValue('3');
  await expect(page.getByLabel('Role of member of staff 1')).toHaveValue('teaching-assistant');
  await page.getByLabel('Name of the group').fill('Toe by Toe (Year 5)');
  await page.getByLabel('Name of member of staff 1').fill('Jo Bloggs');
  await page.getByRole('button', { name: 'Add a session' }).click();
  await page.getByLabel('Day of session 1').selectOption({ label: 'Monday' });
  await page.getByLabel('Session 1 starts').fill('09:00');
  await page.getByLabel('Session 1 ends').fill('09:20');
  await page.getByLabel('Room (optional)').fill('Library');
  await page.getByLabel('Starts on').fill('2026-09-07');
  await checkScreen(page, 'provision-group-form');
  await page.getByRole('button', { name: 'Set up the group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toe by Toe (Year 5)' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'was set up' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Jo Bloggs (Teaching assistant)');
  await expect(details).toContainText('Monday 09:00–09:20');
  await expect(details).toContainText('£45.00');

  // Two pupils with their entry scores.
  await page.getByRole('button', { name: 'Add pupils' }).click();
  await page.getByLabel('Pupil’s name').fill('Ava');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Choose Ava Okonjo (Year 5)' }).click();
  await page.getByLabel('Pupil’s name').fill('Noah');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Choose Noah Patel (Year 5)' }).click();
  await page.getByLabel('Ava Okonjo starts on').fill('2026-09-07');
  await page.getByLabel('Noah Patel starts on').fill('2026-09-07');
  await page.getByLabel('Ava Okonjo’s entry score').fill('500');
  await page.getByLabel('Noah Patel’s entry score').fill('90');
  await page.getByLabel('Date of the entry assessment').fill('2026-09-07');
  await page.getByRole('button', { name: 'Add to the group' }).click();
  await expect(page.locator('.error-summary')).toContainText('Give Ava Okonjo’s entry score as a whole number from 0 to 300.');
  await page.getByLabel('Ava Okonjo’s entry score').fill('84');
  await checkScreen(page, 'provision-add-pupils');
  await page.getByRole('button', { name: 'Add to the group' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('2 pupils were added to the group.');
  const pupils = page.getByRole('region', { name: 'Pupils' });
  await expect(pupils.getByRole('row')).toHaveCount(3);
  await expect(pupils.getByRole('row', { name: /Ava Okonjo/ })).toContainText('84');

  // After the assessment round: every exit score and review on one page.
  await page.getByRole('button', { name: 'Record scores and outcomes' }).click();
  await page.getByLabel('Ava Okonjo’s exit score').fill('96');
  await page.getByLabel('Noah Patel’s exit score').fill('95');
  await page.getByLabel('Ava Okonjo’s review outcome').selectOption({ label: 'Met the intended outcome (+1)' });
  await page.getByLabel('Date of the exit assessment').fill('2026-11-20');
  await checkScreen(page, 'provision-scores');
  await page.getByRole('button', { name: 'Save scores and outcomes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved' })).toHaveText('Scores and outcomes for 2 pupils were saved.');
  await expect(pupils.getByRole('row', { name: /Ava Okonjo/ })).toContainText('+12');
  await expect(pupils.getByRole('row', { name: /Ava Okonjo/ })).toContainText('Met the intended outcome (+1)');
  await expect(pupils.getByRole('row', { name: /Noah Patel/ })).toContainText('+5');
  await checkScreen(page, 'provision-group');

  // Ava's file lists the provision, with its dates; her map opens from it.
  await pupils.getByRole('link', { name: 'Ava Okonjo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ava Okonjo' })).toBeVisible();
  const provision = page.getByRole('region', { name: 'Provision' });
  await expect(provision.getByRole('link', { name: 'Toe by Toe (Year 5)' })).toBeVisible();
  await expect(provision).toContainText('From 7 September 2026');
  await expect(provision).toContainText('84 → 96 (+12)');
  await provision.getByRole('button', { name: 'Provision map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Provision map for Ava Okonjo' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Provision', exact: true })).toContainText('Toe by Toe (Year 5)');
  await expect(page.getByRole('region', { name: 'Weekly timetable' })).toContainText('09:00–09:20');
  await noProblem(page);
  await checkScreen(page, 'provision-pupil-map');

  // Print it for a parent meeting, as a PDF, through the gate.
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Print or save: Provision map for Ava Okonjo' })).toBeFocused();
  await page.getByRole('group', { name: 'Who is it for?' }).getByLabel('A parent: plain words, no costs, no other pupil named').check();
  await expect(page.getByText('Recipient: a parent or carer of Ava Okonjo')).toBeVisible();
  const preview = page.frameLocator('iframe[title^="Preview of Provision map for Ava Okonjo"]');
  await expect(preview.locator('body')).toContainText('Toe by Toe');
  await expect(preview.locator('body')).not.toContainText('Noah');
  await expect(preview.locator('body')).not.toContainText('£');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.locator('.error-summary')).toContainText('Say why the map is being printed.');
  await page.getByLabel('Why is it being printed?').fill('Ava’s review meeting with her parents');
  await page.getByRole('button', { name: 'Check first' }).click();
  await expect(page.locator('#decision-heading')).toHaveText('Decision: Allowed (a preview: nothing is recorded yet)');
  await checkScreen(page, 'provision-print');
  const saved = path.join(app.dataDir, 'Ava provision map.pdf');
  app.platform.queueSavePath(saved);
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.locator('#decision-heading')).toHaveText('Decision: Allowed (recorded in the disclosure register)');
  await expect(page.getByRole('heading', { name: 'Saved as Ava provision map.pdf' })).toBeVisible();
  expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');

  // The disclosure register has it.
  await page.getByRole('link', { name: 'Open the disclosure register' }).click();
  const register = page.getByRole('table', { name: 'Disclosure decisions, newest first' });
  const sent = register.getByRole('row').nth(1);
  await expect(sent).toContainText('A parent or carer of the pupil');
  await expect(sent).toContainText('Allowed');
  await expect(sent).toContainText('Ava Okonjo');
  expect(errorsOutsidePreview(app.pageErrors)).toEqual([]);
});

test('the print preview shows the document with its own print styles', async ({ app }) => {
  await createVault(app);
  const ava = await addPupil(app, pupil('Ava', 'Okonjo'));
  const noah = await addPupil(app, pupil('Noah', 'Patel', { sex: 'M' }));
  await seedGroup(app, { ava, noah });
  const { page } = app;
  await openProvision(page, 'Groups');
  await page.getByRole('link', { name: 'Toe by Toe (Year 5)' }).click();
  await page.getByRole('button', { name: 'Impact sheet' }).click();
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  const body = page.frameLocator('iframe[title^="Preview of"]').locator('body');
  await expect(body).toContainText('Toe by Toe');
  // The document's own style sheet applies: the frame is served with the document's policy, not the app's.
  expect(await body.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Liberation Sans');
  expect(errorsOutsidePreview(app.pageErrors)).toEqual([]);
});
