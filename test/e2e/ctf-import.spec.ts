import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault } from './journeys';
import { HomePage } from './pages/HomePage';
import { ImportPages, queueFile } from './pages/ImportPages';
import { RegisterPage } from './pages/RegisterPage';

const fixture = path.join(__dirname, '../fixtures/ctf/school-transfer.xml');

test('a malformed CTF is refused with the line and reason; a good one is previewed, confirmed and imported', async ({ app }) => {
  await createVault(app);
  const { page } = app;
  const home = new HomePage(page);
  const imports = new ImportPages(page);

  await queueFile(app, 'broken.xml', ['<?xml version="1.0"?>', '<CTfile>', '<Header></Header>', '<CTFpupilData>', '<Pupil><UPN>A</UPN>', '</CTFpupilData>', '</CTfile>']);
  await imports.importCtf.click();
  await expect(imports.heading('Import a Common Transfer File')).toBeFocused();
  await checkScreen(page, 'import-ctf-choose');
  await imports.chooseCtf.click();
  await expect(imports.errorSummary).toContainText(
    'The CTF was not imported: nothing has changed. Line 5: the element <Pupil> is never closed: </CTFpupilData> on line 6 comes first.',
  );
  await checkScreen(page, 'import-ctf-refused');
  await page.getByRole('button', { name: 'Back to the register' }).click();
  await expect(home.emptyRegister).toBeVisible();

  const good = path.join(app.dataDir, 'from-oakfield.xml');
  await copyFile(fixture, good);
  app.platform.queueOpenPath(good);
  await imports.importCtf.click();
  await imports.chooseCtf.click();
  await expect(imports.heading('Check the CTF before importing')).toBeFocused();
  await expect(page.getByText('from-oakfield.xml holds 3 pupils: 3 new, 0 already here')).toBeVisible();
  const table = page.getByRole('table', { name: 'Pupils in the CTF' });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /Lizzie Marchetti/ })).toContainText('J201100013231');
  await expect(table.getByRole('row', { name: /Lizzie Marchetti/ })).toContainText(/\d+ periods?/);
  await checkScreen(page, 'import-ctf-preview');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(imports.heading('Import this CTF?')).toBeFocused();
  await expect(imports.plan).toContainText('Add 3 pupils, update 0');
  await checkScreen(page, 'import-ctf-confirm');
  const release = app.hold('imports.commitCtf');
  await imports.importButton.click();
  await expect(imports.heading('Importing the CTF')).toBeFocused();
  await checkScreen(page, 'import-ctf-saving');
  release();

  await expect(home.notice).toContainText(/Imported from-oakfield\.xml: 3 pupils added, 0 updated, SEN history for \d pupils?\./);
  await expect(new RegisterPage(page).count).toHaveText('3 pupils shown');
  expect(app.pageErrors).toEqual([]);
});
