import { formatSchoolDate, londonDate } from '../../shared/rules/schoolDate';
import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault } from './journeys';
import { HomePage } from './pages/HomePage';
import { ImportPages, queueFile } from './pages/ImportPages';
import { RegisterPage } from './pages/RegisterPage';
import { addPupil, pupil } from './seed';

const header = 'UPN,Legal Surname,Legal Forename,DOB,Gender,Year,Reg,FSM Eligible';
const ava = 'R201100018042,Okonjo,Ava,14/03/2016,F,Year 5,5B,Y';
/** A mistyped check letter: census error 1510, a warning that does not stop the import. */
const mia = 'A201100018043,Patel,Mia,01/05/2016,F,Y5,5B,N';
/** A year group the census does not know: the row cannot be imported until it is corrected. */
const kai = 'V201100018044,Evans,Kai,02/02/2017,M,Year Four,4A,N';
/** The same UPN as Ava: census error 1520; the SENCO leaves it out. */
const avaAgain = 'R201100018042,Okonjo,Ava,14/03/2016,F,5,5B,N';

test('import a CSV with bad rows: preview with census codes, correct one, leave one out, confirm, see the pupils', async ({ app }) => {
  await createVault(app);
  const { page } = app;
  const home = new HomePage(page);
  const imports = new ImportPages(page);
  await expect(home.emptyRegister).toBeVisible();
  await queueFile(app, 'sims-pupils.csv', [header, ava, mia, kai, avaAgain]);

  await imports.importCsv.click();
  await expect(imports.heading('Import pupils from your MIS')).toBeFocused();
  await checkScreen(page, 'import-csv-choose');
  await imports.chooseCsv.click();

  await expect(imports.heading('Match the columns')).toBeFocused();
  await expect(page.getByText('sims-pupils.csv has 4 rows of pupils. 8 of 16 details were recognised')).toBeVisible();
  await expect(page.getByLabel('UPN', { exact: true })).toHaveValue('0');
  await expect(page.getByText('For example: R201100018042')).toBeVisible();
  await expect(page.getByLabel('Class (optional)')).toHaveValue('6');
  await expect(page.getByLabel('EAL (optional)')).toHaveValue('');
  await checkScreen(page, 'import-csv-match');
  await imports.previewButton.click();

  await expect(imports.heading('Check the rows before importing')).toBeFocused();
  await expect(page.getByRole('list', { name: 'What the file holds' })).toContainText('4 new pupils');
  await expect(page.getByRole('list', { name: 'What the file holds' })).toContainText('2 rows with problems to correct');
  // Rows that cannot be imported are shown first; the filter widens to every row.
  await expect(imports.onlyProblems).toBeChecked();
  await expect(imports.previewRows).toHaveCount(3);
  await expect(imports.row(3)).toContainText('1510: the check letter should be F, not A.');
  await expect(imports.row(4)).toContainText('"Year Four" is not a year group');
  await expect(imports.row(5)).toContainText('1520: the same UPN as the row on line 2.');
  await checkScreen(page, 'import-csv-preview');
  await imports.onlyProblems.uncheck();
  await expect(imports.previewRows).toHaveCount(4);
  await expect(imports.row(2)).toContainText('None');

  await imports.row(4).getByRole('button', { name: 'Correct line 4' }).click();
  await expect(imports.heading('Correct line 4: Kai Evans')).toBeFocused();
  const year = page.getByLabel('Year group');
  await expect(year).toHaveValue('Year Four');
  await checkScreen(page, 'import-csv-correct');
  await year.fill('4');
  await page.getByRole('button', { name: 'Use these values' }).click();

  await expect(imports.notice).toHaveText('Line 4 corrected.');
  await expect(page.getByRole('list', { name: 'What the file holds' })).toContainText('1 row with problems to correct');
  await expect(imports.row(4)).toContainText('Year 4');
  await page.getByRole('button', { name: 'Import without this row' }).click();

  await expect(imports.heading('Import these pupils?')).toBeFocused();
  await expect(imports.plan).toHaveText('Add 3 pupils, update 0.');
  await expect(page.getByText('1 row of the file will be left out, as you chose.')).toBeVisible();
  await checkScreen(page, 'import-csv-confirm');
  const release = app.hold('imports.commitCsv');
  await imports.importButton.click();
  await expect(imports.heading('Importing pupils')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Importing 3 pupils…' })).toBeVisible();
  // A focused task: main refuses everything else until the worker has saved, so there is nowhere to go.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await checkScreen(page, 'import-csv-saving');
  release();

  const register = new RegisterPage(page);
  await expect(register.heading).toBeVisible();
  await expect(home.notice).toContainText('Imported sims-pupils.csv: 3 pupils added, 0 updated.');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await register.expectNames(['Kai Evans', 'Ava Okonjo', 'Mia Patel']);
  await expect(register.row('Kai Evans')).toContainText('Year 4');
  expect(app.pageErrors).toEqual([]);
});

test('a full-roll re-import offers the missing pupil as a leaver and marks them as left, never deleting them', async ({ app }) => {
  await createVault(app);
  await addPupil(app, pupil('Ava', 'Okonjo', { upn: 'R201100018042' }));
  await addPupil(app, pupil('Leo', 'Nowak', { upn: 'T20110001804V', ncYear: '3', className: '3A' }));
  const { page } = app;
  await page.keyboard.press('Control+3');
  await page.keyboard.press('Control+1');
  const register = new RegisterPage(page);
  await register.expectNames(['Leo Nowak', 'Ava Okonjo']);
  const imports = new ImportPages(page);
  await queueFile(app, 'arbor-roll.csv', [header, 'R201100018042,Okonjo,Ava,14/03/2016,F,Year 6,6B,Y']);

  await imports.importCsv.click();
  await imports.chooseCsv.click();
  await expect(imports.heading('Match the columns')).toBeFocused();
  await imports.fullRoll.check();
  await imports.previewButton.click();
  await expect(page.getByRole('list', { name: 'What the file holds' })).toContainText('1 to update');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(imports.heading('Have these pupils left?')).toBeFocused();
  const leo = page.getByLabel('Leo Nowak, UPN T20110001804V');
  await expect(leo).not.toBeChecked();
  await expect(page.getByLabel('Date they left')).toHaveValue(londonDate(new Date()));
  await checkScreen(page, 'import-csv-leavers');
  await leo.check();
  await page.getByLabel('Date they left').fill('2026-07-20');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(imports.plan).toHaveText(`Add 0 pupils, update 1, mark 1 as left on ${formatSchoolDate('2026-07-20')}.`);
  await imports.importButton.click();
  await expect(new HomePage(page).notice).toContainText('Imported arbor-roll.csv: 0 pupils added, 1 updated, 1 marked as left.');
  await register.expectNames(['Ava Okonjo']);
  await register.includeLeavers.check();
  await register.expectNames(['Leo Nowak', 'Ava Okonjo']);
  await expect(register.row('Leo Nowak')).toContainText('Left');
  expect(app.pageErrors).toEqual([]);
});

test('keyboard alone: import a CSV from the register to the notice', async ({ app }) => {
  await createVault(app);
  const { page } = app;
  const { keyboard } = page;
  const imports = new ImportPages(page);
  await queueFile(app, 'bromcom.csv', [header, ava, kai]);
  const focused = page.locator(':focus');
  const tabTo = async (name: string) => {
    for (let i = 0; i < 60 && (await focused.textContent().catch(() => '')) !== name; i++) await keyboard.press('Tab');
    await expect(focused).toHaveText(name);
  };

  await tabTo('Import pupils from your MIS');
  await keyboard.press('Enter');
  await expect(imports.heading('Import pupils from your MIS')).toBeFocused();
  await tabTo('Choose the CSV file');
  await keyboard.press('Enter');
  await expect(imports.heading('Match the columns')).toBeFocused();
  await tabTo('Preview the import');
  await keyboard.press('Enter');
  await expect(imports.heading('Check the rows before importing')).toBeFocused();
  await tabTo('Correct line 3');
  await keyboard.press('Enter');
  await expect(imports.heading('Correct line 3: Kai Evans')).toBeFocused();
  await keyboard.press('Tab');
  await expect(page.getByLabel('Year group')).toBeFocused();
  await keyboard.press('Control+a');
  await keyboard.type('Y4');
  await keyboard.press('Enter');
  await expect(imports.notice).toHaveText('Line 3 corrected.');
  await expect(imports.notice).toBeFocused();
  await tabTo('Continue');
  await keyboard.press('Enter');
  await expect(imports.plan).toHaveText('Add 2 pupils, update 0.');
  await tabTo('Import');
  await keyboard.press('Enter');
  await expect(new HomePage(page).notice).toContainText('Imported bromcom.csv: 2 pupils added, 0 updated.');
  await new RegisterPage(page).expectNames(['Kai Evans', 'Ava Okonjo']);
  expect(app.pageErrors).toEqual([]);
});

test('a whole roll of 2,000 rows: the preview draws a window of rows, and the import saves them all', async ({ app }) => {
  test.setTimeout(120_000);
  await createVault(app);
  const { page } = app;
  const imports = new ImportPages(page);
  const lines = [header];
  for (let i = 1; i <= 2000; i++) lines.push(`,Number${String(i).padStart(4, '0')},Pupil,14/03/2016,F,${(i % 6) + 1},${(i % 6) + 1}A,N`);
  await queueFile(app, 'whole-roll.csv', lines);

  await imports.importCsv.click();
  await imports.chooseCsv.click();
  await imports.previewButton.click();
  await expect(page.getByRole('list', { name: 'What the file holds' })).toContainText('2,000 new pupils');
  // No UPNs: census warnings (1500) only, so every row is shown and none stops the import.
  await expect(imports.onlyProblems).not.toBeChecked();
  await expect(imports.previewTable).toHaveAttribute('aria-rowcount', '2001');
  expect(await imports.previewRows.count()).toBeLessThan(40);
  await page.getByRole('region', { name: 'Rows of the file' }).evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
  await expect(imports.row(2001)).toContainText('Pupil Number2000');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(imports.plan).toHaveText('Add 2,000 pupils, update 0.');
  await imports.importButton.click();
  await expect(new HomePage(page).notice).toContainText('Imported whole-roll.csv: 2,000 pupils added, 0 updated.', { timeout: 60_000 });
  await expect(new RegisterPage(page).count).toHaveText('2,000 pupils shown');
  expect(app.pageErrors).toEqual([]);
});
