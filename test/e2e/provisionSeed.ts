import type { Page } from '@playwright/test';
import { expect, type TestApp } from './fixtures';
import { call } from './seed';

/** The Provision section, by its link in the main nav. */
export async function openProvision(page: Page, tab: 'Provision map' | 'Groups' | 'Library'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Provision', exact: true }).click();
  await page.getByRole('navigation', { name: 'Provision' }).getByRole('link', { name: tab, exact: true }).click();
}

export const toeByToe = {
  name: 'Toe by Toe',
  description: 'A phonics-based reading programme, one to one or in a small group.',
  evidence: 'EEF toolkit: phonics, +5 months',
  area: 'cognition-learning',
  wave: 2,
  defaultRoleId: 'teaching-assistant',
  groupSize: 4,
  sessionsPerWeek: 3,
  minutesPerSession: 20,
  weeks: 12,
  materialsPence: 4500,
  licencePence: null,
  intendedOutcome: 'Reading age up by six months',
  measure: { kind: 'reading-age' },
} as const;

/**
 * A group that ran this autumn, with two pupils in it, set up through main
 * (the screens that do the same are tested in the journey): its id.
 */
export async function seedGroup(app: TestApp, pupils: { ava: string; noah: string }): Promise<string> {
  const entry = await call<{ id: string }>(app, 'provision.addEntry', { entry: toeByToe });
  const group = await call<{ id: string }>(app, 'provision.startGroup', {
    provisionId: entry.id,
    name: 'Toe by Toe (Year 5)',
    startDate: '2026-09-07',
    endDate: null,
    room: 'Library',
    staff: [{ name: 'Jo Bloggs', roleId: null }],
  });
  await call(app, 'provision.addMembers', {
    groupId: group.id,
    pupils: [
      { pupilId: pupils.ava, startDate: '2026-09-07', entry: { score: 84, date: '2026-09-07' } },
      { pupilId: pupils.noah, startDate: '2026-09-07', entry: { score: 90, date: '2026-09-07' } },
    ],
  });
  return group.id;
}

/** The "There is a problem" box, when a test means to see none. */
export const noProblem = async (page: Page) => expect(page.locator('.error-summary')).toHaveCount(0);

/**
 * The page's errors, less one the harness causes: the bridge's init script is
 * offered to every frame, and the sandboxed preview frame refuses to run it,
 * as it must refuse any script.
 */
export const errorsOutsidePreview = (errors: readonly string[]) =>
  errors.filter((m) => !/^Blocked script execution in '[^']*\/__print\/[0-9a-f-]{36}' because the document's frame is sandboxed/.test(m));
