import { expect, test } from '@playwright/test';
import {
  activeTabId,
  badgeText,
  clickToolbarButton,
  dockedHosts,
  type ExtensionSession,
  importProfile,
  launchWithExtension,
  openExtensionPage,
  openSite,
  panelFrame,
  tabIdOf,
} from './support/chromium.ts';
import { OUTPUT } from './support/paths.ts';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension();
  await (await importProfile(s)).close();
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

test('popup shows the tab posting: title, salary, score with reasons, save, stage, note', async () => {
  const page = await openSite(s, 'greenhouse');
  const tabId = await tabIdOf(s, page);
  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await expect(popup.getByRole('heading', { name: 'Senior Backend Engineer' })).toBeVisible();
  await expect(popup.getByTestId('joblens-salary')).toContainText('$150,000');
  await expect(popup.getByTestId('joblens-score')).toHaveText(/^\d+$/);
  await expect(popup.locator('.jl-reasons li').first()).toBeVisible();
  await popup.getByTestId('joblens-save').click();
  await expect(popup.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  await popup.getByTestId('joblens-stage').selectOption('applied');
  await popup.getByTestId('joblens-note').fill('Recruiter call on Tuesday');
  await popup.getByTestId('joblens-note').blur();
  // The panel in the page follows the popup's save.
  const panel = await panelFrame(s, page);
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  await expect(panel.getByTestId('joblens-stage')).toHaveValue('applied');
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.screenshot({ path: `${OUTPUT}/popup-greenhouse.png`, fullPage: true });
  await popup.reload();
  await expect(popup.getByTestId('joblens-note')).toHaveValue('Recruiter call on Tuesday');
  await popup.close();
  await page.close();
});

test('panel: collapse, hide on this site, show again from the popup', async () => {
  const page = await openSite(s, 'lever');
  const tabId = await tabIdOf(s, page);
  let panel = await panelFrame(s, page);
  await panel.getByTestId('joblens-collapse').click();
  await expect(panel.getByTestId('joblens-salary')).toHaveCount(0);
  await panel.getByTestId('joblens-collapse').click();
  await expect(panel.getByTestId('joblens-salary')).toBeVisible();

  await panel.getByTestId('joblens-hide').click();
  await expect.poll(() => dockedHosts(page)).toBe(0);
  // Hidden per site: a reload stays hidden, the badge still shows the score.
  await page.reload();
  await page.waitForTimeout(1500);
  expect(await dockedHosts(page)).toBe(0);
  await expect.poll(() => badgeText(s, tabId)).toMatch(/^\d+$/);

  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await popup.getByTestId('joblens-show-panel').click();
  await expect.poll(() => dockedHosts(page)).toBe(1);
  panel = await panelFrame(s, page);
  await expect(panel.getByTestId('joblens-salary')).toBeVisible();
  await popup.close();
  await page.close();
});

test('unsupported site: "No posting detected", then "Analyze this page" finds the JSON-LD job', async () => {
  const page = await openSite(s, 'company');
  await page.waitForTimeout(1000);
  expect(await dockedHosts(page)).toBe(0); // no content script on an unsupported domain
  const tabId = await activeTabId(s, page);
  // Pressing the toolbar button is what grants activeTab for this tab.
  await clickToolbarButton(s, page);
  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('joblens-no-posting')).toContainText('No posting detected');
  await popup.getByTestId('joblens-analyze').click();
  await expect(popup.getByRole('heading', { name: 'Backend Developer' })).toBeVisible();
  await expect(popup.getByTestId('joblens-salary')).toContainText('110,000');
  await expect(popup.getByTestId('joblens-score')).toHaveText(/^\d+$/);
  await expect.poll(() => badgeText(s, tabId)).toMatch(/^\d+$/);
  // Panels are only framed on the supported career sites.
  expect(await dockedHosts(page)).toBe(0);
  await popup.screenshot({ path: `${OUTPUT}/popup-analyzed.png`, fullPage: true });
  await popup.close();
  await page.close();
});

test('a non-posting page: the popup says so and offers to analyze', async () => {
  const page = await openSite(s, 'greenhouseIndex');
  await page.waitForTimeout(1000);
  const tabId = await activeTabId(s, page);
  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('joblens-no-posting')).toContainText('No posting detected');
  await expect(popup.getByTestId('joblens-analyze')).toBeVisible();
  expect(await badgeText(s, tabId)).toBe('');
  await popup.close();
  await page.close();
});
