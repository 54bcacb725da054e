import type { Page } from '@playwright/test';
import { expect, type TestApp } from './fixtures';
import { createVault } from './journeys';
import { PupilFilePage } from './pages/PupilFilePage';
import { RegisterPage } from './pages/RegisterPage';
import { addPupil, pupil } from './seed';

/** A new vault with Noah Patel in it, his file opened from the register; `file.pupilId` is his id. */
export async function openNoah(app: TestApp): Promise<PupilFilePage & { pupilId: string }> {
  await createVault(app);
  const pupilId = await addPupil(app, pupil('Noah', 'Patel', { sex: 'M' }));
  const { page } = app;
  // Away and back by the shortcuts, so the register asks main again.
  await page.keyboard.press('Control+3');
  await page.keyboard.press('Control+1');
  await new RegisterPage(page).row('Noah Patel').getByRole('button').click();
  const file = new PupilFilePage(page);
  await expect(file.heading('Noah Patel')).toBeFocused();
  return Object.assign(file, { pupilId });
}

/** A group of radios or checkboxes by its legend. */
export const question = (page: Page, legend: string) => page.getByRole('group', { name: legend });
