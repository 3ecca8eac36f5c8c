import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/options/support.ts';
import {
  type ExtensionSession,
  launchWithExtension,
  openSite,
  panelFrame,
} from './support/chromium.ts';
import { OUTPUT } from './support/paths.ts';

/** A new user's first minute: the setup opens on install, and every view points to it. */
test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension({ keepSetupTab: true });
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

const welcomePage = async (): Promise<Page> => {
  const url = `${s.origin}/options.html#welcome`;
  const open = s.context.pages().find((p) => p.url() === url);
  return open ?? (await s.context.waitForEvent('page', { predicate: (p) => p.url() === url }));
};

test('installing opens the one-minute setup: skills, pay and place, then how to pin', async () => {
  const page = await welcomePage();
  const setup = page.getByTestId('joblens-setup');
  await expect(setup).toBeVisible();
  await expect(page.getByTestId('joblens-tab-profile')).toHaveAttribute('aria-selected', 'true');
  await expect(
    setup.getByRole('heading', { name: 'Set up JobLens (about a minute)' }),
  ).toBeVisible();
  await expect(setup.getByRole('heading', { name: '1. Your skills' })).toBeVisible();
  await expect(setup.getByRole('heading', { name: '2. Pay and place' })).toBeVisible();
  await expect(page.getByTestId('joblens-pin-steps')).toContainText('pin beside JobLens');
  await expectNoAxeViolations(page, 'first-run setup');
  await page.getByTestId('joblens-skill-input').fill('python');
  await page.getByTestId('joblens-skill-input').press('Enter');
  await page.getByTestId('joblens-target-amount').fill('95000');
  await page.getByTestId('joblens-location').fill('Portland, OR');
  await expect(page.getByTestId('joblens-profile-status')).toHaveAttribute('data-state', 'saved');
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.screenshot({ path: `${OUTPUT}/first-run-setup.png` });
  await page.close();
});

test('without skills, the panel offers "Add your skills (1 min)", which opens the setup', async () => {
  await s.worker.evaluate(() => chrome.storage.local.remove(['profile', 'profileSavedAt']));
  const site = await openSite(s, 'greenhouse');
  const panel = await panelFrame(s, site);
  const add = panel.getByTestId('joblens-open-options');
  await expect(add).toHaveText('Add your skills (1 min)');
  const opened = s.context.waitForEvent('page', {
    predicate: (p) => p.url().startsWith(`${s.origin}/options.html`),
  });
  await add.click();
  const options = await opened;
  await expect(options.getByTestId('joblens-setup')).toBeVisible();
  await options.close();
  await site.close();
});
