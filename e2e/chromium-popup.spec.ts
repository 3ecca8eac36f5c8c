import { expect, test } from '@playwright/test';
import { BAR_BOX } from '../extension/shared/panel-styles.ts';
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
  panelFrames,
  tabIdOf,
} from './support/chromium.ts';
import { barText, openPanelFromBar } from './support/panel-bar.ts';
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

test('a posting shows the bar until the user opens the panel; the site remembers it', async () => {
  const page = await openSite(s, 'workday');
  const tabId = await activeTabId(s, page);
  await expect.poll(() => badgeText(s, tabId)).toMatch(/^\d+$/);
  await expect.poll(() => dockedHosts(page)).toBe(1);
  await page.waitForTimeout(1000);
  // Scored, and no frame: the bar only.
  expect(panelFrames(s, page)).toHaveLength(0);
  const hostBox = () =>
    page.evaluate(() => {
      const host = [...document.documentElement.children].find(
        (e) => e.tagName === 'DIV' && getComputedStyle(e).position === 'fixed',
      );
      const r = host?.getBoundingClientRect();
      return r ? { height: Math.round(r.height), right: Math.round(r.right) } : null;
    });
  expect((await hostBox())?.height).toBe(BAR_BOX.height);
  // The bar tells the pay at a glance (the page's own data); the score stays out of the page.
  await expect.poll(() => barText(page)).toBe('JobLens$62–$78 / hr · USDOpen ▸');
  await page.screenshot({
    path: `${OUTPUT}/panel-bar.png`,
    clip: { x: 900, y: 40, width: 380, height: 100 },
  });

  // The page's own scripts cannot press Open: they reach the host, never the button.
  const reached = await page.evaluate(({ top, right, height }) => {
    const x = document.documentElement.clientWidth - right - 36;
    const y = top + height / 2;
    const hit = document.elementFromPoint(x, y);
    hit?.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
    );
    (hit as HTMLElement | null)?.click();
    return hit?.parentElement === document.documentElement && hit.shadowRoot === null;
  }, BAR_BOX);
  expect(reached).toBe(true);
  await page.waitForTimeout(700);
  expect(panelFrames(s, page)).toHaveLength(0);

  // A real click opens it.
  expect(await openPanelFromBar(page, page.mouse)).toBe(true);
  let panel = await panelFrame(s, page, 15_000, false);
  await expect(panel.getByTestId('joblens-salary')).toBeVisible();
  expect((await hostBox())?.height).toBeGreaterThan(100);
  // Remembered for the site: the next load opens framed, with no click.
  await page.reload();
  panel = await panelFrame(s, page, 15_000, false);
  await expect(panel.getByTestId('joblens-score')).toBeVisible();
  // Another site keeps its bar.
  const other = await openSite(s, 'ashby');
  await expect.poll(() => dockedHosts(other)).toBe(1);
  await other.waitForTimeout(1000);
  expect(panelFrames(s, other)).toHaveLength(0);
  await other.close();
  await page.close();
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
  // Collapsed, the panel is its bar again: its frame is gone, the host stays.
  await panel.getByTestId('joblens-collapse').click();
  await expect.poll(() => panelFrames(s, page).length).toBe(0);
  expect(await dockedHosts(page)).toBe(1);
  panel = await panelFrame(s, page);
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
  await expect(popup.getByTestId('joblens-salary')).toContainText('$110K–$135K / yr · USD');
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
