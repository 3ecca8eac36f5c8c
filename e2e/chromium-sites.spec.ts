import { expect, test } from '@playwright/test';
import {
  badgeText,
  dockedHosts,
  type ExtensionSession,
  importProfile,
  launchWithExtension,
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
  expect(s.refused.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
  await s.close();
});

test('Greenhouse: both pay tiers, the profile tier marked, score, skill states, badge', async () => {
  const page = await openSite(s, 'greenhouse');
  const panel = await panelFrame(s, page);
  // The posting's language, identified by the parser, is shown with the company and place.
  await expect(panel.locator('.jl-posting__meta')).toContainText('in English');
  const salary = panel.getByTestId('joblens-salary');
  await expect(salary).toContainText('$150,000');
  await expect(salary).toContainText('$195,000');
  await expect(salary.locator('li[data-yours="true"]')).toHaveCount(1);
  await expect(salary.locator('li[data-yours="true"]')).toContainText('Colorado');
  await expect(salary.locator('li[data-yours="true"]')).toContainText('your location');
  // The user's target (profile: 130,000 USD a year) sits on each range's bar.
  await expect(salary.getByTestId('joblens-paybar').first()).toHaveAttribute(
    'aria-label',
    'your target $130K / yr',
  );

  const score = panel.getByTestId('joblens-score');
  await expect(score).toHaveText(/^\d{1,3}$/);
  const value = Number(await score.textContent());
  const tabId = await tabIdOf(s, page);
  await expect.poll(() => badgeText(s, tabId)).toBe(String(value));

  await expect(
    panel.locator('[data-testid="joblens-skill"][data-state="matched"]', { hasText: 'Go' }),
  ).toHaveCount(1);
  await expect(
    panel.locator('[data-testid="joblens-skill"][data-state="matched"]', { hasText: 'PostgreSQL' }),
  ).toHaveCount(1);
  await expect(
    panel.locator(
      '[data-testid="joblens-skill"][data-state="missing"][data-importance="preferred"]',
      { hasText: 'Kafka' },
    ),
  ).toHaveCount(1);
  expect(await dockedHosts(page)).toBe(1);
  // Page CSS (Comic Sans on *, iframe display:none) must not reach the panel.
  expect(await panel.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(
    /Comic/,
  );
  await page.screenshot({ path: `${OUTPUT}/panel-greenhouse.png` });
  await page.close();
});

test('Greenhouse: a pay box beside the description (not inside it) gives both tiers', async () => {
  const page = await openSite(s, 'greenhousePayBeside');
  const panel = await panelFrame(s, page);
  await expect(panel.getByRole('heading', { name: 'Harbour Logistics Analyst' })).toBeVisible();
  const salary = panel.getByTestId('joblens-salary');
  await expect(salary).toContainText('$72K–$88K / yr · USD');
  await expect(salary).toContainText('$68K–$84K / yr · USD');
  await page.close();
});

test('Lever: JSON-LD salary and title', async () => {
  const page = await openSite(s, 'lever');
  const panel = await panelFrame(s, page);
  await expect(panel.getByRole('heading', { name: 'Data Platform Engineer' })).toBeVisible();
  await expect(panel.getByTestId('joblens-salary')).toContainText('$125K–$150K / yr · USD');
  await expect(
    panel.locator('[data-testid="joblens-skill"][data-state="matched"]', { hasText: 'Python' }),
  ).toHaveCount(1);
  await page.close();
});

test('Workday: job rendered after load is picked up, hourly pay annualised', async () => {
  const page = await openSite(s, 'workday');
  const panel = await panelFrame(s, page);
  await expect(panel.getByRole('heading', { name: 'Site Reliability Engineer' })).toBeVisible();
  const salary = panel.getByTestId('joblens-salary');
  await expect(salary).toContainText('as written: $62.00');
  // Led by the clean figure; per year as people read pay, without cents.
  await expect(salary.getByTestId('joblens-pay')).toContainText(/\/ hr · USD/);
  await expect(salary).toContainText('$129K–$162.2K / yr · USD');
  expect(await dockedHosts(page)).toBe(1);
  await page.screenshot({ path: `${OUTPUT}/panel-workday.png` });
  await page.close();
});

test('Workday: JSON-LD at load does not stop the look; the description rendered after gives pay and skills', async () => {
  const page = await openSite(s, 'workdayJsonLd');
  const panel = await panelFrame(s, page);
  await expect(panel.getByTestId('joblens-salary')).toContainText('$62–$78 / hr · USD', {
    timeout: 15_000,
  });
  await expect(
    panel.locator('[data-testid="joblens-skill"]', { hasText: 'Kubernetes' }),
  ).toHaveCount(1);
  expect(await dockedHosts(page)).toBe(1);
  await page.close();
});

test('Ashby: job from window.__appData arriving after load', async () => {
  const page = await openSite(s, 'ashby');
  const panel = await panelFrame(s, page);
  await expect(panel.getByRole('heading', { name: 'Frontend Engineer' })).toBeVisible();
  await expect(panel.getByTestId('joblens-salary')).toContainText('EUR');
  await expect(panel.getByTestId('joblens-salary')).toContainText('€70K–€85K / yr · EUR');
  await expect(
    panel.locator('[data-testid="joblens-skill"][data-state="matched"]', { hasText: 'TypeScript' }),
  ).toHaveCount(1);
  await page.close();
});

test('Ashby: two location tiers in the app data, not the one range JSON-LD sums them up as', async () => {
  const page = await openSite(s, 'ashbyTiers');
  const panel = await panelFrame(s, page);
  const rows = panel.getByTestId('joblens-pay');
  await expect(rows).toHaveCount(2);
  await expect(panel.getByTestId('joblens-salary')).toContainText('$164K–$198K / yr · USD');
  await expect(panel.getByTestId('joblens-salary')).toContainText('$142K–$172K / yr · USD');
  await expect(panel.getByTestId('joblens-salary')).not.toContainText('$142K–$198K');
  await page.close();
});

test('a careers index is not a posting: no panel, no badge', async () => {
  const page = await openSite(s, 'greenhouseIndex');
  await page.waitForTimeout(2500);
  expect(await dockedHosts(page)).toBe(0);
  expect(page.frames().filter((f) => f.url().includes('panel.html'))).toHaveLength(0);
  await page.close();
});
