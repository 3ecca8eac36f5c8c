import { expect, test } from '@playwright/test';
import {
  activeTabId,
  dockedHosts,
  type ExtensionSession,
  extensionWorlds,
  importProfile,
  launchWithExtension,
  openExtensionPage,
  openSite,
  panelFrame,
  panelFrames,
  sessionState,
  tabIdOf,
  timesParsed,
} from './support/chromium.ts';
import { barText } from './support/panel-bar.ts';

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension();
  await (await importProfile(s)).close();
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

test('LinkedIn: a new currentJobId without reload is picked up, still one panel', async () => {
  const page = await openSite(s, 'linkedin');
  const panel = await panelFrame(s, page);
  await expect(panel.getByRole('heading', { name: 'Platform Engineer' })).toBeVisible();
  const tabId = await tabIdOf(s, page);
  const navigations: string[] = [];
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) navigations.push(f.url());
  });

  // The list click: pushState first, the detail pane swapped 400 ms later (like LinkedIn).
  await page.getByText('Machine Learning Engineer — Initech').click();
  await expect(panel.getByRole('heading', { name: 'Machine Learning Engineer' })).toBeVisible();
  await expect(panel.getByTestId('joblens-salary')).toContainText('165,000');
  await expect(
    panel.locator('[data-testid="joblens-skill"][data-state="matched"]', { hasText: 'Python' }),
  ).toHaveCount(1);
  expect(page.url()).toContain('currentJobId=4100000002');
  expect(await dockedHosts(page)).toBe(1);
  expect(panelFrames(s, page)).toHaveLength(1);

  // The background's record of the tab follows: the new job's key, never the old content under it.
  const state = (await sessionState(s))[`tab:${tabId}`] as {
    key: string;
    posting: { title: string };
  };
  expect(state.key).toBe('linkedin:4100000002');
  expect(state.posting.title).toBe('Machine Learning Engineer');

  // And back again.
  await page.getByText('Platform Engineer — Globex').click();
  await expect(panel.getByRole('heading', { name: 'Platform Engineer' })).toBeVisible();
  await expect(panel.getByTestId('joblens-salary')).toContainText('140,000');
  expect(await dockedHosts(page)).toBe(1);
  await page.waitForTimeout(1500);
  const after = (await sessionState(s))[`tab:${tabId}`] as { key: string };
  expect(after.key).toBe('linkedin:4100000001');
  // The URL changed without a single document load.
  expect(navigations.every((u) => u.includes('linkedin.com/jobs/search'))).toBe(true);
  await page.close();
});

test('LinkedIn: a search with no job open stays quiet, then a click opens a job in place: the panel comes', async () => {
  const page = await openSite(s, 'linkedinSearch');
  // No job in its URL: nothing of ours runs here, not even a stub.
  await page.waitForTimeout(1500);
  expect(await extensionWorlds(s, page)).toBe(0);
  expect(await dockedHosts(page)).toBe(0);
  expect(panelFrames(s, page)).toHaveLength(0);
  const tabId = await activeTabId(s, page);
  expect(tabId).toBeGreaterThan(0);
  expect((await sessionState(s))[`tab:${tabId}`]).toBeUndefined();

  await page.getByText('Machine Learning Engineer — Initech').click();
  const panel = await panelFrame(s, page);
  await expect(panel.getByRole('heading', { name: 'Machine Learning Engineer' })).toBeVisible();
  await expect(panel.getByTestId('joblens-salary')).toContainText('165,000');
  expect(page.url()).toContain('currentJobId=4100000002');
  const state = (await sessionState(s))[`tab:${tabId}`] as { key: string };
  expect(state.key).toBe('linkedin:4100000002');
  // The background injected the engine on the route: one world, the engine once, no reload.
  expect(await extensionWorlds(s, page)).toBe(1);
  expect(await timesParsed(s, page, 'content/engine.js')).toBe(1);

  await page.getByText('Platform Engineer — Globex').click();
  await expect(panel.getByRole('heading', { name: 'Platform Engineer' })).toBeVisible();
  expect(await dockedHosts(page)).toBe(1);
  expect(panelFrames(s, page)).toHaveLength(1);
  await page.close();
});

test('a posting loaded in full runs no content script: the background reads it and draws the bar in the page world', async () => {
  const page = await openSite(s, 'linkedin');
  const panel = await panelFrame(s, page);
  await expect(panel.getByRole('heading', { name: 'Platform Engineer' })).toBeVisible();
  // Past the background's look, which comes when the tab finishes loading.
  await page.waitForTimeout(1500);
  expect(await extensionWorlds(s, page)).toBe(0);
  expect(await timesParsed(s, page, 'content/job.js')).toBe(0);
  expect(await timesParsed(s, page, 'content/engine.js')).toBe(0);
  expect(await dockedHosts(page)).toBe(1);
  await page.close();
});

test('"Analyze this page" where the background drew the bar: the content script takes over, still one bar', async () => {
  const page = await openSite(s, 'greenhouse');
  await panelFrame(s, page);
  const tabId = await tabIdOf(s, page);
  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  const answer = await popup.evaluate(
    (id) => chrome.runtime.sendMessage({ joblens: 1, type: 'tab/analyze', payload: { tabId: id } }),
    tabId,
  );
  expect(answer).toMatchObject({ ok: true, data: { status: 'posting' } });
  await expect.poll(() => extensionWorlds(s, page)).toBe(1);
  expect(await timesParsed(s, page, 'content/engine.js')).toBe(1);
  await page.waitForTimeout(1000);
  expect(await dockedHosts(page)).toBe(1);
  expect(panelFrames(s, page)).toHaveLength(1);
  await popup.close();
  await page.close();
});

test("the bar tells the posting's pay at a glance, drawn in the page world or by the content script alike", async () => {
  const page = await openSite(s, 'lever');
  const bar = 'JobLens$125K–$150K / yr · USDOpen ▸';
  await expect.poll(() => barText(page)).toBe(bar);
  expect(await extensionWorlds(s, page)).toBe(0);
  const tabId = await activeTabId(s, page);
  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await popup.evaluate(
    (id) => chrome.runtime.sendMessage({ joblens: 1, type: 'tab/analyze', payload: { tabId: id } }),
    tabId,
  );
  await expect.poll(() => extensionWorlds(s, page)).toBe(1);
  await expect.poll(() => barText(page)).toBe(bar);
  expect(await dockedHosts(page)).toBe(1);
  await popup.close();
  await page.close();
});
