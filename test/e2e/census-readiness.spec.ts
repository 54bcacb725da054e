import { upnCheckLetter } from '../../shared/rules/upn';
import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { createVault } from './journeys';
import { PupilFilePage } from './pages/PupilFilePage';
import { addPupil, call, decision, pupil } from './seed';

const validUpn = (body: string) => `${upnCheckLetter(body)}${body}`;

test('census readiness lists a pupil with a mistyped UPN and one on SEN support with no need, each with the fix', async ({ app }) => {
  await createVault(app);
  // Fixed before the autumn census of 2026 (Thursday 1 October), so the census day in the heading is known.
  app.platform.setNow(new Date('2026-09-20T10:00:00Z'));
  const good = validUpn('821000123451');
  const clean = await addPupil(app, pupil('Ava', 'Okonjo', { upn: good }));
  await call(app, 'sen.changeStatus', { pupilId: clean, decision: decision('K', '2025-09-10') });
  await call(app, 'sen.setNeeds', { pupilId: clean, fromDate: '2025-09-10', needs: [{ type: 'SEMH', rank: 1 }] });
  // The check letter of another UPN: every character is valid, but the sum does not match (1510).
  await addPupil(app, pupil('Leo', 'Nowak', { upn: `${upnCheckLetter('821000999991')}821000123462`, ncYear: '6' }));
  const noNeed = await addPupil(app, pupil('Kai', 'Evans', { upn: validUpn('821000123473') }));
  await call(app, 'sen.changeStatus', { pupilId: noNeed, decision: decision('K', '2026-09-14') });

  const { page } = app;
  await page.reload();
  await page.getByRole('button', { name: 'Check before census day' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Census readiness' })).toBeFocused();
  await expect(page.locator('.census-day')).toContainText('autumn census on 1 October 2026');
  await expect(page.locator('.census-day')).toContainText('checked 3 pupils on roll');
  await expect(page.getByRole('status').filter({ hasText: 'need a fix' })).toContainText('2 pupils need a fix before census day');

  const table = page.getByRole('table', { name: 'Pupils who would fail a census rule' });
  await expect(table.getByRole('rowheader')).toHaveText(['Kai Evans', 'Leo Nowak']);
  const leo = table.getByRole('row').filter({ hasText: 'Leo Nowak' });
  await expect(leo).toContainText('1510');
  await expect(leo).toContainText('Fix: Check the UPN against the MIS');
  await expect(leo).toContainText('Year 6');
  const kai = table.getByRole('row').filter({ hasText: 'Kai Evans' });
  await expect(kai).toContainText(/21\d\d: /);
  await expect(table).not.toContainText('Ava Okonjo');
  await checkScreen(page, 'census-readiness');

  // From a problem to the pupil's file, and back to the list of problems.
  await kai.getByRole('button', { name: 'Kai Evans' }).click();
  const file = new PupilFilePage(page);
  await expect(file.heading('Kai Evans')).toBeFocused();
  await page.getByRole('link', { name: 'Back to census readiness' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Census readiness' })).toBeFocused();
  expect(app.pageErrors).toEqual([]);
});

test('census readiness says so when every pupil would pass', async ({ app }) => {
  await createVault(app);
  app.platform.setNow(new Date('2026-12-01T10:00:00Z'));
  await addPupil(app, pupil('Ava', 'Okonjo', { upn: validUpn('821000123451') }));
  const { page } = app;
  await page.reload();
  await page.getByRole('button', { name: 'Check before census day' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.census-day')).toContainText('spring census on 21 January 2027');
  await expect(page.getByRole('status').filter({ hasText: 'No pupil' })).toHaveText('No pupil would fail a census UPN or SEN rule.');
  await checkScreen(page, 'census-readiness-clear');
});
