import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault } from './journeys';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';
import { addPupil, pupil } from './seed';

test('add a pupil to monitoring, then move them to SEN support with the decision recorded', async ({ app }) => {
  await createVault(app);
  await addPupil(app, pupil('Noah', 'Patel'));
  const { page } = app;
  await page.keyboard.press('Control+3');
  await page.keyboard.press('Control+1');
  const register = new RegisterPage(page);
  await register.row('Noah Patel').getByRole('button').click();
  const file = new PupilFilePage(page);
  await file.addToMonitoring.click();
  await page.getByLabel('What is the concern').fill('Slow progress in phonics');
  await page.getByLabel('Raised by').fill('Class teacher');
  await page.getByLabel('Date added').fill('2026-09-20');
  await checkScreen(page, 'monitoring-add');
  await page.getByRole('button', { name: 'Add to monitoring' }).click();
  await expect(file.notice).toHaveText('Added to the monitoring list.');
  await expect(file.senNow).toContainText('On the monitoring list');

  await file.moveToSupport.click();
  await page.getByLabel('Start date').fill('2026-10-01');
  await page.getByLabel('Decision date').fill('2026-10-02');
  await page.getByLabel('Who decided').fill('Priya Sharma (SENCO)');
  await page.getByRole('button', { name: 'Move to SEN support' }).click();
  // Main refuses a status that starts before its decision: the refusal is shown in the summary.
  await expect(page.locator('.error-summary')).toContainText('decision');
  await page.getByLabel('Decision date').fill('2026-09-28');
  await checkScreen(page, 'monitoring-move');
  await page.getByRole('button', { name: 'Move to SEN support' }).click();
  await expect(file.notice).toHaveText('Moved from monitoring to SEN support.');
  await expect(file.senNow).toContainText('SEN support since 1 October 2026');
  await expect(file.senNow).toContainText('Not monitored');
  expect(app.pageErrors).toEqual([]);
});
