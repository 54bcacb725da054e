import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createVault } from './journeys';
import { seedGroup } from './provisionSeed';
import { addPupil, pupil } from './seed';

/** The element with focus, as a test can describe it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', cell: el?.dataset.cell ?? null, text: el?.textContent ?? '' };
  });

/**
 * The whole-school map with the keyboard alone: one Tab stop into the grid,
 * arrows between cells, Home and End, Enter opens a cell's groups, and a
 * group opens from there. No mouse anywhere.
 */
test('the whole-school map grid works with the keyboard alone', async ({ app }) => {
  await createVault(app);
  const ava = await addPupil(app, pupil('Ava', 'Okonjo'));
  const noah = await addPupil(app, pupil('Noah', 'Patel', { sex: 'M' }));
  await seedGroup(app, { ava, noah });
  const { page } = app;

  await page.keyboard.press('Control+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Whole-school provision map' })).toBeFocused();
  const grid = page.getByRole('grid', { name: /Provision by area of need and wave/ });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('columnheader')).toHaveText(['Area of need', 'Wave 1', 'Wave 2', 'Wave 3']);
  await expect(grid.getByRole('rowheader')).toHaveText(['Cognition and learning', 'Social, emotional and mental health', 'Communication and interaction', 'Sensory and/or physical']);

  // Tab until the grid: exactly one of its cells is in the tab order.
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  for (let i = 0; i < 40 && (await focused(page)).cell === null; i++) await page.keyboard.press('Tab');
  expect((await focused(page)).cell).toBe('0-0');

  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toMatchObject({ cell: '0-1', text: expect.stringContaining('1 group') });
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('End');
  expect((await focused(page)).cell).toBe('0-2');
  await page.keyboard.press('Home');
  expect((await focused(page)).cell).toBe('0-0');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).cell).toBe('2-0');
  await page.keyboard.press('Control+End');
  expect((await focused(page)).cell).toBe('3-2');
  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).cell).toBe('3-2');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');

  // Tab leaves the grid at once; Shift+Tab comes back to the cell left.
  await page.keyboard.press('Tab');
  expect((await focused(page)).cell).toBeNull();
  await page.keyboard.press('Shift+Tab');
  expect((await focused(page)).cell).toBe('0-1');

  // Enter opens the cell's groups, and focus moves to them.
  await page.keyboard.press('Enter');
  const cell = page.getByRole('region', { name: /Cognition and learning/ }).filter({ has: page.getByRole('table') });
  await expect(cell.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(cell).toContainText('Toe by Toe (Year 5)');
  await expect(cell).toContainText('Jo Bloggs');
  await expect(grid.locator('[aria-selected="true"]')).toHaveCount(1);

  // By year group on the same screen: the grid keeps one tab stop though it now has a single column.
  await page.getByRole('group', { name: 'Arrange the map' }).getByLabel('By year group').focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Show the map'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const byYear = page.getByRole('grid', { name: /Provision by year group/ });
  await expect(byYear.getByRole('columnheader')).toHaveText(['Year group', 'Provision']);
  await expect(byYear.locator('[tabindex="0"]')).toHaveCount(1);
  for (let i = 0; i < 10 && (await focused(page)).cell === null; i++) await page.keyboard.press('Tab');
  expect((await focused(page)).cell).toBe('0-0');
  const year5 = byYear.getByRole('row', { name: /Year 5/ }).getByRole('gridcell');
  for (let i = 0; i < 20 && !(await year5.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(year5).toBeFocused();
  await expect(year5).toContainText('2 pupils');
  await page.keyboard.press(' ');
  const year = page.getByRole('region', { name: /Year 5/ });
  await expect(year.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(year).toContainText('Toe by Toe (Year 5)');

  // On to the group, still by keyboard.
  await page.keyboard.press('Tab');
  await expect(year.getByRole('link', { name: 'Toe by Toe (Year 5)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Toe by Toe (Year 5)' })).toBeFocused();
  expect(app.pageErrors).toEqual([]);
});
