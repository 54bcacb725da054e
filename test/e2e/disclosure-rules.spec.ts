import { disclosureRuleSections } from '../../shared/rules/disclosureRulesText';
import { checkScreen } from '../support/screens';
import { expect, test } from './fixtures';
import { addAccount, createVault, lock, signedInAs, signIn, teacher } from './journeys';
import { HomePage } from './pages/HomePage';

test('the Disclosures section opens from the nav and shows the disclosure rules with their sources', async ({ app }) => {
  await createVault(app);
  const { page } = app;
  const home = new HomePage(page);

  await home.navLink('Disclosures').click();
  const landing = page.getByRole('heading', { level: 1, name: 'Disclosures' });
  await expect(landing).toBeFocused();
  await expect(home.navLink('Disclosures')).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Disclosures – SENCO Desk');
  await checkScreen(page, 'disclosures');

  // By keyboard: from the heading to the link, and in.
  await page.keyboard.press('Tab');
  const rulesLink = page.getByRole('main').getByRole('link', { name: 'Disclosure rules' });
  await expect(rulesLink).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: 'Disclosure rules' });
  await expect(heading).toBeFocused();

  // Every section of the shared text is on the page, under its own heading.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(disclosureRuleSections.map((s) => s.heading));
  const rule = (id: string) => page.locator(`[data-rule="${id}"]`);
  await expect(rule('ombudsman')).toContainText('investigating maladministration');
  await expect(rule('ombudsman')).toContainText('Source: Local Government Act 1974; SEND policy, Confidentiality; REFERENCE §5 item 3');
  await expect(rule('local-authority')).toContainText('Source: SEND Regulations 2014; REFERENCE §5 item 7');
  await expect(rule('young-person')).toContainText('parents may have them only with the young person’s consent');
  await expect(rule('second-person')).toContainText('headteacher or designated safeguarding lead who is not the person asking');
  await expect(rule('safeguarding')).toContainText('Safeguarding records never go out with SEND records');
  await expect(rule('statistics')).toContainText('any number under 5 is hidden');
  await checkScreen(page, 'disclosure-rules');

  // Back to the section by keyboard: the back link sits just before the heading.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Back to disclosures' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(landing).toBeFocused();

  // The shortcuts: Ctrl+4 for Disclosures, and Settings keeps Ctrl+3.
  await page.keyboard.press('Control+1');
  await expect(home.heading).toBeFocused();
  await page.keyboard.press('Control+4');
  await expect(landing).toBeFocused();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  expect(app.pageErrors).toEqual([]);
});

test('a teacher can read the disclosure rules too', async ({ app }) => {
  await createVault(app);
  await addAccount(app, teacher);
  await lock(app);
  await signIn(app, teacher.name, teacher.passphrase, signedInAs(teacher));
  const { page } = app;
  await new HomePage(page).navLink('Disclosures').click();
  await page.getByRole('main').getByRole('link', { name: 'Disclosure rules' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Disclosure rules' })).toBeFocused();
  await expect(page.locator('[data-rule="staff-costs"]')).toContainText('Staff costs and pay rates never leave the school.');
  expect(app.pageErrors).toEqual([]);
});
