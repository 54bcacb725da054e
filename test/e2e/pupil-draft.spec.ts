import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault, lock, passphrase, school, senco, signIn } from './journeys';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';

test('a half-typed pupil survives a lock as a draft, and is offered back to finish', async ({ app }) => {
  await createVault(app);
  const { page } = app;
  await new RegisterPage(page).addPupil.click();
  await page.getByLabel('Legal forename').fill('Grace');
  await page.getByLabel('Legal surname').fill('Adeyemi');
  await page.getByLabel('Pupil premium').check();
  // The draft is saved after a pause in typing; wait for main to hold it.
  await expect
    .poll(() => page.evaluate(async () => JSON.stringify(await window.senco.drafts.get({ form: 'pupils.add' }))))
    .toContain('Adeyemi');
  await lock(app);
  await signIn(app, school.sencoName, passphrase, senco);

  await new RegisterPage(page).addPupil.click();
  await expect(page.getByRole('region', { name: /^You were adding a pupil/ })).toBeVisible();
  await checkScreen(page, 'pupil-add-draft-offer');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('Legal forename')).toHaveValue('Grace');
  await expect(page.getByLabel('Legal forename')).toBeFocused();
  await expect(page.getByLabel('Pupil premium')).toBeChecked();
  await page.getByLabel('Date of birth').fill('2017-01-20');
  await page.getByRole('button', { name: 'Add the pupil' }).click();
  await expect(new PupilFilePage(page).heading('Grace Adeyemi')).toBeVisible();
  expect(app.pageErrors).toEqual([]);
});
