import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault } from './journeys';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';
import { seedSchool } from './seed';

test('filter the register by status and need, search as you type, and sort by year', async ({ app }) => {
  await createVault(app);
  await seedSchool(app);
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'SEND register' }).click();
  const register = new RegisterPage(page);
  await register.expectNames(['Kai Evans', 'Leo Nowak', 'Avie Okonjo']);
  await expect(register.row('Avie Okonjo')).toContainText('Legal name: Ava Okonjo');
  await expect(register.row('Avie Okonjo')).toContainText('EAL');
  await expect(register.row('Kai Evans')).toContainText('LAC');
  await expect(register.row('Kai Evans')).toContainText('Monitoring');
  await expect(register.table).toHaveAttribute('aria-rowcount', '4');
  await checkScreen(page, 'register-list');

  await register.status.selectOption('register');
  await register.expectNames(['Leo Nowak', 'Avie Okonjo']);
  await expect(page.locator('.register-summary')).toContainText('ASD 1');
  await expect(page.locator('.register-summary')).toContainText('Communication and interaction 1');
  await register.status.selectOption('monitoring');
  await register.expectNames(['Kai Evans']);
  await register.status.selectOption('');
  await register.need.selectOption('SEMH');
  await register.expectNames(['Avie Okonjo']);
  await register.need.selectOption('');

  // Each key asks main again (debounced): the list narrows as the name is typed.
  await register.search.pressSequentially('no', { delay: 40 });
  await register.expectNames(['Leo Nowak']);
  await register.search.fill('');
  await register.includeLeavers.check();
  await register.expectNames(['Kai Evans', 'Mia Leftwood', 'Leo Nowak', 'Avie Okonjo']);

  const year = page.getByRole('columnheader', { name: 'Year' });
  await year.getByRole('button').click();
  await expect(year).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'none');
  await register.expectNames(['Kai Evans', 'Mia Leftwood', 'Avie Okonjo', 'Leo Nowak']);
  await year.getByRole('button').click();
  await expect(year).toHaveAttribute('aria-sort', 'descending');
  await register.expectNames(['Leo Nowak', 'Kai Evans', 'Mia Leftwood', 'Avie Okonjo']);

  await register.row('Leo Nowak').getByRole('cell', { name: 'Year 6' }).click();
  const file = new PupilFilePage(page);
  await expect(file.heading('Leo Nowak')).toBeFocused();
  await expect(file.senNow).toContainText('EHC plan since 1 May 2024');
  // Back on the register, the filters and the sort are as they were left.
  await file.back.click();
  await expect(register.includeLeavers).toBeChecked();
  await expect(year).toHaveAttribute('aria-sort', 'descending');
  await register.expectNames(['Leo Nowak', 'Kai Evans', 'Mia Leftwood', 'Avie Okonjo']);
  expect(app.pageErrors).toEqual([]);
});
