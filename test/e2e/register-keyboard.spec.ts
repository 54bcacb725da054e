import { expect, test } from './fixtures';
import { createVault } from './journeys';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';
import { seedMany } from './seed';

const PUPILS = 2000;

test('keyboard alone: reach the register table, move through a long list with focus kept in view, open a file', async ({ app }) => {
  test.setTimeout(120_000);
  await createVault(app);
  await seedMany(app, PUPILS);
  const { page } = app;
  const { keyboard } = page;
  // Back to the register by its shortcut, so it asks main again.
  await keyboard.press('Control+3');
  await keyboard.press('Control+1');
  const register = new RegisterPage(page);
  await expect(register.heading).toBeFocused();
  await expect(register.count).toHaveText(`${PUPILS.toLocaleString('en-GB')} pupils shown`);
  await expect(register.table).toHaveAttribute('aria-rowcount', String(PUPILS + 1));
  // Only the rows in view (and a few either side) are drawn.
  expect(await register.rows.count()).toBeLessThan(40);

  // Tab through the search, filters and column buttons to the first pupil.
  const onRow = () => page.evaluate(() => document.activeElement?.getAttribute('data-row-index') ?? null);
  for (let i = 0; i < 30 && (await onRow()) === null; i++) await keyboard.press('Tab');
  expect(await onRow()).toBe('0');
  await expect(page.locator(':focus')).toHaveText('Pupil Number0001');

  for (let i = 0; i < 25; i++) await keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveText('Pupil Number0026');
  await expect(page.locator(':focus')).toBeInViewport();
  await keyboard.press('End');
  await expect(page.locator(':focus')).toHaveText(`Pupil Number${PUPILS}`);
  await expect(page.locator(':focus')).toBeInViewport();
  await expect(page.locator(':focus').locator('xpath=ancestor::tr')).toHaveAttribute('aria-rowindex', String(PUPILS + 1));
  await keyboard.press('PageUp');
  await keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toBeInViewport();
  const name = (await page.locator(':focus').textContent()) ?? '';
  expect(name).toMatch(/^Pupil Number19\d\d$/);
  await keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveText('Pupil Number0001');
  await keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Pupil Number0002');

  await keyboard.press('Enter');
  const file = new PupilFilePage(page);
  await expect(file.heading('Pupil Number0002')).toBeFocused();
  await keyboard.press('Shift+Tab');
  await expect(file.back).toBeFocused();
  await keyboard.press('Enter');
  // Back on the register, focus is on the pupil just left, however far down the list.
  await expect(page.locator(':focus')).toHaveText('Pupil Number0002');
  await keyboard.press('End');
  await keyboard.press('Enter');
  await expect(file.heading(`Pupil Number${PUPILS}`)).toBeFocused();
  await keyboard.press('Shift+Tab');
  await keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(`Pupil Number${PUPILS}`);
  await expect(page.locator(':focus')).toBeInViewport();
  expect(app.pageErrors).toEqual([]);
});
