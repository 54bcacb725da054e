import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { addAccount, createVault, lock } from './journeys';
import type { NewAccount } from './pages/AddAccountPage';
import { PupilFilePage } from './pages/PupilFilePage';
import { UnlockPage } from './pages/UnlockPage';
import { RegisterPage } from './pages/RegisterPage';
import { seedSchool } from './seed';

const governor: NewAccount = { name: 'Dana Reid', role: 'read-only', passphrase: 'amber lighthouse pebble tundra' };

test('a read-only account reads the register and the pupil file, with no way to change them', async ({ app }) => {
  await createVault(app);
  await seedSchool(app);
  await addAccount(app, governor);
  await lock(app);
  const { page } = app;
  await new UnlockPage(page).unlockWith(governor.name, governor.passphrase);
  const register = new RegisterPage(page);
  await register.expectNames(['Kai Evans', 'Leo Nowak', 'Avie Okonjo']);
  await expect(register.addPupil).toHaveCount(0);
  await checkScreen(page, 'register-read-only');

  await register.row('Avie Okonjo').getByRole('button').click();
  const file = new PupilFilePage(page);
  await expect(file.heading('Avie Okonjo')).toBeVisible();
  await expect(file.statuses).toContainText('SEN support');
  await expect(file.changeButtons).toHaveCount(0);
  await expect(page.getByRole('button', { name: /status|needs|monitoring/i })).toHaveCount(0);
  await checkScreen(page, 'pupil-file-read-only');
  expect(app.pageErrors).toEqual([]);
});
