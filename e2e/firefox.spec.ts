import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  type FirefoxSession,
  findExtensionPage,
  firefoxPanel,
  launchFirefox,
  waitIn,
} from './support/firefox.ts';
import { FIXTURES, OUTPUT } from './support/paths.ts';
import { PAGES } from './support/sites.ts';

test.describe.configure({ mode: 'serial' });

let ff: FirefoxSession;
test.beforeAll(async () => {
  ff = await launchFirefox();
});
test.afterAll(async () => {
  await ff?.close();
});

const textOf = (sel: string) => document.querySelector(sel)?.textContent ?? '';

test('Firefox: the panel enriches a Greenhouse posting and a save persists', async () => {
  const page = await ff.newPage();
  await page.goto(PAGES.greenhouse.url);
  let panel = await firefoxPanel(page);
  expect(await panel.evaluate(textOf, '[data-testid="joblens-salary"]')).toContain('$150,000');
  // The open panel fits its content, at most the viewport less its margin.
  const needed = await panel.evaluate(
    () => (document.querySelector('.jl-body')?.scrollHeight ?? 0) + 48,
  );
  const viewport = await page.evaluate(() => innerHeight);
  const hostHeight = () =>
    page.evaluate(() => {
      const host = [...document.documentElement.children].find(
        (e) => (e as HTMLElement).style?.zIndex === '2147483646',
      );
      return Math.round(host?.getBoundingClientRect().height ?? 0);
    });
  const fitted = Math.min(needed, viewport - 96);
  for (let i = 0; i < 50 && (await hostHeight()) !== fitted; i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(await hostHeight()).toBe(fitted);

  // Import the profile through the extension's own options page (opened by the extension).
  await panel.evaluate(() =>
    (document.querySelector('[data-testid="joblens-open-options"]') as HTMLButtonElement).click(),
  );
  const options = await findExtensionPage(ff, 'options.html');
  const input = await options.waitForSelector('input[data-testid="joblens-import-profile"]');
  await input!.uploadFile(resolve(FIXTURES, 'profile.json'));
  await waitIn(options, () =>
    document
      .querySelector('[data-testid="joblens-import-status"]')
      ?.textContent?.includes('Imported'),
  );

  // The panel rescored with the profile.
  await page.bringToFront();
  const score = await waitIn(
    panel,
    () => document.querySelector('[data-testid="joblens-score"]')?.textContent,
  );
  expect(score).toMatch(/^\d{1,3}$/);
  const states = await panel.evaluate(() =>
    [...document.querySelectorAll('[data-testid="joblens-skill"]')].map(
      (e) => `${e.firstChild?.textContent}:${e.getAttribute('data-state')}`,
    ),
  );
  expect(states).toContain('Go:matched');
  expect(states).toContain('Kafka:missing');

  await panel.evaluate(() =>
    (document.querySelector('[data-testid="joblens-save"]') as HTMLButtonElement).click(),
  );
  await waitIn(
    panel,
    () =>
      document.querySelector('[data-testid="joblens-save"]')?.getAttribute('data-saved') === 'true',
  );
  await page.screenshot({ path: `${OUTPUT}/firefox-panel-greenhouse.png` });

  // Read it back through the extension's pages: the options list, and the panel in a new tab
  // showing the same job under another URL.
  // The options page follows live (change feed), no reload needed.
  const saved = await waitIn(options, () =>
    [...document.querySelectorAll('[data-testid="joblens-saved-role"]')]
      .map((e) => e.getAttribute('data-key'))
      .join(','),
  );
  expect(saved).toBe('greenhouse:4012345');
  const again = await ff.newPage();
  await again.goto(PAGES.greenhouseAgain.url);
  panel = await firefoxPanel(again);
  await waitIn(
    panel,
    () =>
      document.querySelector('[data-testid="joblens-save"]')?.getAttribute('data-saved') === 'true',
  );
  expect(ff.refused).toEqual([]);
});

test('Firefox: SPA navigation on LinkedIn picks up the new job, one panel', async () => {
  const page = await ff.newPage();
  await page.goto(PAGES.linkedin.url);
  const panel = await firefoxPanel(page);
  await waitIn(panel, () => document.querySelector('h2')?.textContent === 'Platform Engineer');
  await page.evaluate(() =>
    (document.querySelector('[data-job="4100000002"]') as HTMLElement).click(),
  );
  await waitIn(
    panel,
    () => document.querySelector('h2')?.textContent === 'Machine Learning Engineer',
  );
  const hosts = await page.evaluate(
    () =>
      [...document.documentElement.children].filter(
        (e) => e.tagName === 'DIV' && getComputedStyle(e).position === 'fixed',
      ).length,
  );
  expect(hosts).toBe(1);
  expect(page.url()).toContain('currentJobId=4100000002');
});

test('Firefox: a LinkedIn search with no job open runs nothing of ours; a click opens a job, the panel comes', async () => {
  const page = await ff.newPage();
  await page.goto(PAGES.linkedinSearch.url);
  await new Promise((r) => setTimeout(r, 1500));
  expect(page.frames()).toHaveLength(1); // no panel on the list alone
  await page.evaluate(() =>
    (document.querySelector('[data-job="4100000002"]') as HTMLElement).click(),
  );
  const panel = await firefoxPanel(page);
  await waitIn(
    panel,
    () => document.querySelector('h2')?.textContent === 'Machine Learning Engineer',
  );
  expect(page.url()).toContain('currentJobId=4100000002');
});
