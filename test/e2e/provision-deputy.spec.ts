import { expect, test } from './fixtures';
import { createVault, deputy, lock } from './journeys';
import { UnlockPage } from './pages/UnlockPage';
import { openProvision, seedGroup } from './provisionSeed';
import { addPupil, call, pupil } from './seed';

/** Pay and costs are the SENCO's alone (DESIGN.md, Records): a deputy SENCO sees no £ and no pay settings. */
test('a deputy SENCO keeps the provision but sees no £ and no pay settings', async ({ app }) => {
  await createVault(app);
  const ava = await addPupil(app, pupil('Ava', 'Okonjo'));
  const noah = await addPupil(app, pupil('Noah', 'Patel', { sex: 'M' }));
  await call(app, 'costing.setHourlyRate', { roleId: 'teaching-assistant', hourlyRatePence: 1450 });
  await seedGroup(app, { ava, noah });
  await call(app, 'accounts.add', { ...deputy, passphraseConfirm: deputy.passphrase });
  await lock(app);
  // Not journeys.signIn: it expects an empty register, and this one has two pupils.
  await new UnlockPage(app.page).unlockWith(deputy.name, deputy.passphrase);
  const { page } = app;
  await expect(page.getByRole('banner')).toContainText('Tom Okafor');
  const main = page.getByRole('main');

  await openProvision(page, 'Library');
  await expect(main).toContainText('Toe by Toe');
  await expect(main).not.toContainText('£');
  await page.getByRole('button', { name: 'Change Toe by Toe' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Toe by Toe');
  await expect(page.getByLabel(/Materials/)).toHaveCount(0);
  await expect(page.getByLabel(/Licences/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await openProvision(page, 'Groups');
  await page.getByRole('link', { name: 'Toe by Toe (Year 5)' }).click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Jo Bloggs (Teaching assistant)');
  await expect(main).not.toContainText('£');
  await expect(page.getByRole('button', { name: 'Add pupils' })).toBeVisible();
  await page.getByRole('button', { name: 'Change details' }).click();
  await expect(page.getByLabel('Name of the group')).toBeVisible();
  await expect(page.getByLabel(/Materials/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Review outcomes' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Staff roles and pay' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Costing templates' })).toHaveCount(0);
  await expect(main).not.toContainText('£');

  // The maps too: main sends no money to anyone but the SENCO.
  await openProvision(page, 'Provision map');
  await expect(page.getByRole('grid')).toContainText('1 group');
  await expect(main).not.toContainText('£');
  expect(app.pageErrors).toEqual([]);
});
