import { expect, test } from '@playwright/test';
import { seedRoleMap } from './fixtures/options/roles.ts';
import { expectNoAxeViolations, openOptions, seedRoles } from './fixtures/options/support.ts';
import { type ExtensionSession, importProfile, launchWithExtension } from './support/chromium.ts';

const COUNT = 10_000;
const ROW = 44;

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension();
  await seedRoles(s, seedRoleMap(COUNT));
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

test('10,000 saved roles: bounded rows in the DOM, scrolling reaches any row, search and sort stay quick', async () => {
  const started = Date.now();
  const page = await openOptions(s);
  await expect(page.getByTestId('joblens-roles-count')).toHaveText(
    `${COUNT.toLocaleString('en-US')} roles`,
  );
  const rows = page.getByTestId('joblens-role-row');
  await expect(rows.first()).toContainText('Engineer 09999');
  const firstRender = Date.now() - started;
  expect(await rows.count()).toBeLessThan(60);

  // The spacers stand in for every row: the scroll height is the whole list at a fixed height.
  const scroller = page.getByTestId('joblens-saved-list');
  const height = await scroller.evaluate((e) => e.scrollHeight);
  expect(Math.abs(height - (40 + COUNT * ROW))).toBeLessThan(ROW);
  expect(await rows.first().evaluate((e) => e.getBoundingClientRect().height)).toBe(ROW);

  await scroller.evaluate((e, y) => e.scrollTo(0, y), 5000 * ROW);
  await expect(
    page.locator('[data-testid="joblens-role-row"][aria-rowindex="5002"]'),
  ).toContainText('Engineer 04999');
  expect(await rows.count()).toBeLessThan(60);
  await scroller.evaluate((e) => e.scrollTo(0, e.scrollHeight));
  await expect(rows.last()).toContainText('Engineer 00000');
  expect(await rows.count()).toBeLessThan(60);

  const t = Date.now();
  await page.getByTestId('joblens-search').fill('engineer 01234');
  await expect(page.getByTestId('joblens-roles-count')).toHaveText(
    `1 of ${COUNT.toLocaleString('en-US')} roles`,
  );
  await expect(rows).toHaveCount(1);
  const searchMs = Date.now() - t;
  await page.getByTestId('joblens-search').fill('');
  await page.getByRole('button', { name: 'Pay per year' }).click();
  await expect(
    page.getByTestId('joblens-roles-table').getByRole('columnheader', { name: /Pay per year/ }),
  ).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toContainText('USD 138,000–192,000/yr');
  expect(await rows.count()).toBeLessThan(60);

  // The charts summarise all 10,000 but draw a readable number of bars.
  await page.getByTestId('joblens-tab-insights').click();
  await expect(page.getByTestId('joblens-gap-bar')).toHaveCount(9);
  await expect(page.getByTestId('joblens-pay-bar')).toHaveCount(25);
  await expect(page.getByTestId('joblens-pay-group')).toContainText('the 25 best paid of 8000');
  await expectNoAxeViolations(page, '10,000 roles');
  test.info().annotations.push({
    type: 'timing',
    description: `first render ${firstRender} ms; search to one row ${searchMs} ms`,
  });
  await page.close();
});

test('a profile change re-scores all 10,000 saved roles in the background', async () => {
  const started = Date.now();
  await (await importProfile(s)).close();
  await expect
    .poll(
      () =>
        s.worker.evaluate(async () => {
          const all = await chrome.storage.local.get(null);
          const roles = Object.entries(all).filter(([k]) => k.startsWith('role:'));
          if (roles.length !== 10_000) return -1;
          return roles.filter(
            ([, r]) => (r as { match: { summary: string } }).match.summary === 'seeded',
          ).length;
        }),
      { timeout: 30_000 },
    )
    .toBe(0);
  test
    .info()
    .annotations.push({ type: 'timing', description: `rescore ${Date.now() - started} ms` });
});
