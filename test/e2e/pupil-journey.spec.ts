import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault } from './journeys';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';

test('add a pupil, put them on SEN support with a decision, set needs, and read the chronology on their file', async ({ app }) => {
  await createVault(app);
  const { page } = app;
  const register = new RegisterPage(page);
  await expect(page.getByRole('region', { name: 'The SEND register is empty' })).toBeVisible();
  await checkScreen(page, 'register-empty');
  await register.addPupil.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Add a pupil' })).toBeFocused();
  await page.getByLabel('Legal forename').fill('Oliver');
  await page.getByLabel('Legal surname').fill('Bennett');
  await page.getByLabel('Preferred forename (optional)').fill('Ollie');
  await page.getByLabel('Date of birth').fill('2016-09-02');
  await page.getByLabel('Female').check();
  await page.getByLabel('Year group (optional)').selectOption('5');
  await page.getByLabel('Class (optional)').fill('5B');
  // The census check as the UPN is typed: a wrong check letter is named with its code, and saving still works.
  await page.getByLabel('UPN (optional)', { exact: true }).fill('A201100018042');
  await expect(page.locator('#pupil-upn-check')).toContainText('1510');
  await page.getByLabel('UPN (optional)', { exact: true }).fill('R201100018042');
  await expect(page.locator('#pupil-upn-check')).toHaveText('A valid UPN.');
  await page.getByLabel('English as an additional language (EAL)').check();
  await checkScreen(page, 'pupil-add');
  await page.getByRole('button', { name: 'Add the pupil' }).click();

  const file = new PupilFilePage(page);
  await expect(file.heading('Ollie Bennett')).toBeVisible();
  await expect(file.notice).toHaveText('Ollie Bennett was added.');
  await expect(file.details).toContainText('Oliver Bennett');
  await expect(file.senNow).toContainText('No SEN');

  await file.changeStatus.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change SEN status for Ollie Bennett' })).toBeFocused();
  await page.getByRole('button', { name: 'Save the status' }).click();
  await expect(page.locator('.error-summary')).toContainText('Choose the SEN status.');
  await expect(page.locator('.error-summary')).toContainText('Say who decided.');
  await page.getByLabel('SEN support (K)').check();
  await page.getByLabel('Start date').fill('2026-10-05');
  await page.getByLabel('Decision date').fill('2026-10-01');
  await page.getByLabel('Who decided').fill('Priya Sharma (SENCO)');
  await page.getByLabel('Class teacher').check();
  await page.getByLabel('Parents', { exact: true }).check();
  await page.getByLabel('Date parents were informed (optional)').fill('2026-10-02');
  await checkScreen(page, 'pupil-change-status');
  await page.getByRole('button', { name: 'Save the status' }).click();
  await expect(file.notice).toHaveText('SEN status changed to SEN support.');

  await file.setNeeds.click();
  await page.getByLabel('From').fill('2026-10-05');
  await page.getByLabel('Primary need (rank 1)').selectOption('SPLD');
  await page.getByLabel('Secondary need (rank 2, optional)').selectOption('SLCN');
  await checkScreen(page, 'pupil-set-needs');
  await page.getByRole('button', { name: 'Save the needs' }).click();
  await expect(file.notice).toHaveText('Needs saved: SPLD, SLCN.');

  await expect(file.senNow).toContainText('SEN support since 5 October 2026');
  await expect(file.senNow).toContainText('Primary: SPLD – Specific learning difficulty');
  await expect(file.senNow).toContainText('Secondary: SLCN');
  const period = file.statuses.getByRole('row', { name: /SEN support/ });
  await expect(period).toContainText('5 October 2026 – now');
  await expect(period).toContainText('1 October 2026');
  await expect(period).toContainText('by Priya Sharma (SENCO)');
  await expect(period).toContainText('class teacher, parents');
  await expect(period).toContainText('2 October 2026');
  await expect(file.needs.getByRole('row')).toHaveCount(3);

  // New needs replace the old from their date; the old ones stay, as history.
  await file.setNeeds.click();
  await page.getByLabel('From').fill('2026-11-02');
  await expect(page.getByLabel('Primary need (rank 1)')).toHaveValue('SPLD');
  await expect(page.getByLabel('Secondary need (rank 2, optional)')).toHaveValue('SLCN');
  await page.getByLabel('Primary need (rank 1)').selectOption('SLCN');
  await page.getByLabel('Secondary need (rank 2, optional)').selectOption('');
  await page.getByRole('button', { name: 'Save the needs' }).click();
  await expect(file.notice).toHaveText('Needs saved: SLCN.');
  await expect(file.senNow).not.toContainText('SPLD');
  await expect(file.needs.getByRole('row', { name: /SPLD.*Ended/ })).toContainText('5 October 2026 – 2 November 2026');
  await expect(file.needs.getByRole('row', { name: /SLCN/ }).first()).toContainText('2 November 2026 – now');
  await checkScreen(page, 'pupil-file');

  await file.back.click();
  // Back on the register, focus is on the pupil whose file was open.
  await expect(register.row('Ollie Bennett').getByRole('button')).toBeFocused();
  await expect(register.row('Ollie Bennett')).toContainText('SEN support');
  await expect(register.row('Ollie Bennett')).toContainText('SLCN');
  await expect(register.row('Ollie Bennett')).toContainText('Legal name: Oliver Bennett');
  expect(app.pageErrors).toEqual([]);
});
