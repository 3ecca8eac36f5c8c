import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { canonicalSkillName } from '../src/skills/catalog.ts';
import { expectedGaps, type Role } from './fixtures/options/expected.ts';
import { expectNoAxeViolations, openOptions, storedRoles } from './fixtures/options/support.ts';
import {
  type ExtensionSession,
  importProfile,
  launchWithExtension,
  openSite,
  panelFrame,
} from './support/chromium.ts';
import { DIST_CHROME, OUTPUT } from './support/paths.ts';
import type { PageName } from './support/sites.ts';

test.describe.configure({ mode: 'serial' });

const SITES: PageName[] = ['greenhouse', 'lever', 'workday', 'ashby'];

let s: ExtensionSession;
let page: Page;
let roles: Role[];
test.beforeAll(async () => {
  s = await launchWithExtension();
  await (await importProfile(s)).close();
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  expect(s.refused).toEqual([]);
  await s.close();
});

const rows = () => page.getByTestId('joblens-role-row');
const titlesInTable = () => page.getByTestId('joblens-saved-role').allInnerTexts();
const keysInTable = async () =>
  (await rows().evaluateAll((r) => r.map((e) => e.getAttribute('data-key')))).sort();
const rowOf = (key: string) => page.locator(`[data-testid="joblens-role-row"][data-key="${key}"]`);
const roleOn = (site: string) => roles.find((r) => r.site === site) as Role;
const saved = async () => (await storedRoles(s)) as Record<string, Role>;

test('saved from four career sites (and one job twice), every role is in the table', async () => {
  for (const name of [...SITES, 'greenhouseAgain'] as PageName[]) {
    const site = await openSite(s, name);
    const save = (await panelFrame(s, site)).getByTestId('joblens-save');
    if (name !== 'greenhouseAgain') await save.click();
    await expect(save).toHaveAttribute('data-saved', 'true');
    await site.close();
  }
  roles = Object.values(await saved());
  expect(roles).toHaveLength(4);
  page = await openOptions(s);
  // With saved roles, the options page opens on them; the tabs move with the arrow keys.
  await expect(page.getByTestId('joblens-tab-roles')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('joblens-tab-roles').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('joblens-tab-profile')).toBeFocused();
  await expect(page.getByTestId('joblens-profile-summary')).toBeVisible();
  await expect(page.locator('#roles')).toBeHidden();
  await page.getByTestId('joblens-tab-roles').click();
  await expect(rows()).toHaveCount(4);
  expect(await keysInTable()).toEqual(roles.map((r) => r.key).sort());
  for (const r of roles) {
    const link = rowOf(r.key).getByRole('link', { name: r.title });
    const attrs = await link.evaluate((a: HTMLAnchorElement) => [a.href, a.rel, a.target]);
    expect(attrs).toEqual([r.url, 'noopener noreferrer', '_blank']);
  }
  // Greenhouse has two pay tiers: the table shows the profile's (Denver -> Colorado), per year.
  await expect(rowOf(roleOn('greenhouse').key)).toContainText('USD 150,000–175,000/yr');
  await expectNoAxeViolations(page, 'saved roles table');
});

test('the first render already has the saved roles and the profile: no frame of an empty list', async () => {
  const fresh = await s.context.newPage();
  // What the page looked like each time it changed, from its first element on.
  await fresh.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => {
      const main = document.querySelector('main');
      if (main)
        seen.push(
          `${document.querySelectorAll('[data-testid="joblens-role-row"]').length} rows; ${main.getAttribute('data-loaded')}; ${main.textContent}`,
        );
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await fresh.goto(`${s.origin}/options.html`);
  await expect(fresh.getByTestId('joblens-role-row')).toHaveCount(4);
  const seen = (await fresh.evaluate('window.__seen')) as string[];
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[0]).toMatch(/^4 rows; true; /);
  expect(seen.filter((v) => /Nothing saved yet|Loading/.test(v))).toEqual([]);
  // The page's lazily imported part is listed in its HTML, so it loads while the HTML parses.
  const html = readFileSync(join(DIST_CHROME, 'options.html'), 'utf8');
  const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  expect(preloads.some((f) => /^assets\/mount-[\w-]+\.js$/.test(f ?? ''))).toBe(true);
  await fresh.close();
});

test('sort by any column, search title/company/skills, filter by stage and site', async () => {
  await page.getByRole('button', { name: 'Title' }).click();
  const asc = [...roles.map((r) => r.title)].sort((a, b) => a.localeCompare(b));
  expect(await titlesInTable()).toEqual(asc);
  await expect(page.getByRole('columnheader', { name: /Title/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await page.getByRole('button', { name: 'Title' }).click();
  expect(await titlesInTable()).toEqual([...asc].reverse());
  await page.getByRole('button', { name: 'Company' }).click();
  // A role without a company goes last.
  const byCompany = [...roles].sort((a, b) =>
    (a.company ?? '\uffff').localeCompare(b.company ?? '\uffff'),
  );
  expect(await titlesInTable()).toEqual(byCompany.map((r) => r.title));

  const search = page.getByTestId('joblens-search');
  await search.fill('data platform');
  expect(await keysInTable()).toEqual([roleOn('lever').key]);
  const withKafka = roles.filter((r) => r.skills.some((k) => k.name === 'Kafka')).map((r) => r.key);
  expect(withKafka.length).toBeGreaterThan(0);
  await search.fill('kafka');
  await expect(rows()).toHaveCount(withKafka.length);
  expect(await keysInTable()).toEqual(withKafka.sort());
  await search.fill('NORTHWIND');
  await expect(page.getByTestId('joblens-roles-count')).toHaveText('1 of 4 roles');
  expect(await keysInTable()).toEqual([roleOn('greenhouse').key]);
  await search.fill('');

  // A search that matches nothing says so, and one click clears every filter.
  await page.getByTestId('joblens-filter-stage').selectOption('offer');
  await search.fill('zzz');
  await expect(page.getByTestId('joblens-no-match')).toContainText(
    'No roles match “zzz”, stage offer',
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows()).toHaveCount(4);
  await expect(search).toHaveValue('');

  const gh = roleOn('greenhouse');
  await rowOf(gh.key).getByTestId('joblens-role-stage').selectOption('interviewing');
  await expect.poll(async () => (await saved())[gh.key]?.stage).toBe('interviewing');
  await page.getByTestId('joblens-filter-stage').selectOption('interviewing');
  await expect(rows()).toHaveCount(1);
  expect(await keysInTable()).toEqual([gh.key]);
  await page.getByTestId('joblens-filter-stage').selectOption('all');
  await page.getByTestId('joblens-filter-site').selectOption('lever');
  expect(await keysInTable()).toEqual([roleOn('lever').key]);
  await page.getByTestId('joblens-filter-site').selectOption('all');
  await expect(rows()).toHaveCount(4);
});

test('notes inline; delete with undo (keyboard) gives back the same role', async () => {
  const gh = roleOn('greenhouse');
  const note = rowOf(gh.key).getByTestId('joblens-role-note');
  await note.fill('Call on Tuesday\nask about on-call');
  await note.blur();
  await expect
    .poll(async () => (await saved())[gh.key]?.note)
    .toBe('Call on Tuesday\nask about on-call');

  const wd = roleOn('workday');
  const before = (await saved())[wd.key];
  await rowOf(wd.key).getByTestId('joblens-role-delete').click();
  await expect(rows()).toHaveCount(3);
  expect((await saved())[wd.key]).toBeUndefined();
  await expect(page.getByTestId('joblens-undo')).toContainText(wd.title);
  await expect(page.getByTestId('joblens-undo-button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows()).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Saved roles' })).toBeFocused();
  expect((await saved())[wd.key]).toEqual(before);
});

test('compare two roles: pay per year, match, skills had and lacking; Escape closes', async () => {
  const gh = roleOn('greenhouse');
  const lever = roleOn('lever');
  await rowOf(gh.key).getByTestId('joblens-compare-pick').check();
  await rowOf(lever.key).getByTestId('joblens-compare-pick').check();
  await page.getByTestId('joblens-compare').click();
  const dialog = page.getByTestId('joblens-compare-dialog');
  await expect(dialog).toBeVisible();
  const table = dialog.getByTestId('joblens-compare-table');
  await expect(table.getByRole('columnheader')).toHaveText([
    new RegExp(`^${gh.title} ${gh.company}`),
    new RegExp(`^${lever.title} ${lever.company}`),
  ]);
  const cells = (label: string) =>
    table.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');
  await expect(cells('Pay per year').first()).toHaveText('USD 150,000–175,000/yr (Colorado)');
  await expect(cells('Skills you have').first()).toContainText('Go');
  await expect(cells('Skills you lack').first()).toContainText('Kafka');
  await expect(cells('Match').first()).toHaveText(/^\d+ — /);
  await expect(cells('Stage').first()).toHaveText('Interviewing');
  await expectNoAxeViolations(page, 'compare dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('joblens-compare')).toBeFocused();
});

test('skill-gap chart: bars match the roles; a bar filters the table to the roles needing it', async () => {
  await page.getByTestId('joblens-tab-insights').click();
  const chart = page.getByTestId('joblens-skill-gap-chart');
  const bars = chart.getByTestId('joblens-gap-bar');
  const expected = expectedGaps(roles);
  await expect(bars).toHaveCount(Math.min(10, expected.size));
  const shown = await bars.evaluateAll((b) =>
    b.map((e) => [e.getAttribute('data-skill'), Number(e.getAttribute('data-count'))]),
  );
  for (const [name, count] of shown) expect(expected.get(name as string), String(name)).toBe(count);
  const smallest = Math.min(...shown.map(([, c]) => c as number));
  for (const [name, count] of expected)
    if (count > smallest) expect(shown.map(([n]) => n)).toContain(name);
  await expect(chart.locator('svg title')).toHaveText('Skill gaps');

  const [top, topCount] = shown[0] as [string, number];
  await bars.first().focus();
  await page.keyboard.press('Enter');
  // The bar takes the user to the roles tab, filtered.
  await expect(page.getByTestId('joblens-tab-roles')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('joblens-skill-filter')).toBeFocused();
  await expect(page.getByTestId('joblens-skill-filter')).toContainText(top);
  await expect(rows()).toHaveCount(topCount);
  const needing = roles.filter((r) =>
    r.skills.some((k) => k.importance !== 'mentioned' && canonicalSkillName(k.name) === top),
  );
  expect(await keysInTable()).toEqual(needing.map((r) => r.key).sort());
  await expectNoAxeViolations(page, 'filtered by a gap skill');
  await page.getByTestId('joblens-skill-filter').click();
  await expect(rows()).toHaveCount(4);
});

test('pay chart: one bar per role with pay, by currency, labelled, with the target line', async () => {
  await page.getByTestId('joblens-tab-insights').click();
  const chart = page.getByTestId('joblens-pay-chart');
  const currencies = [...new Set(roles.flatMap((r) => r.salary.map((p) => p.currency)))];
  await expect(chart.getByTestId('joblens-pay-group')).toHaveCount(currencies.length);
  const usd = chart.locator('[data-currency="USD"]');
  const usdRoles = roles.filter((r) => r.salary.some((p) => p.currency === 'USD'));
  const labels = await usd
    .getByTestId('joblens-pay-bar')
    .evaluateAll((b) => b.map((e) => e.getAttribute('data-label')));
  expect(labels.sort()).toEqual(
    usdRoles.map((r) => (r.company ? `${r.title} — ${r.company}` : r.title)).sort(),
  );
  // Labels are broken between words over two lines, not cut: every word of a label that fits
  // two lines is shown.
  const shown = await chart.getByTestId('joblens-pay-bar').evaluateAll((bars) =>
    bars.map((b) => ({
      label: b.getAttribute('data-label') ?? '',
      lines: [...b.querySelectorAll('text tspan')].map((t) => t.textContent ?? ''),
    })),
  );
  for (const { label, lines } of shown) {
    if (label.length <= 60) expect(lines.join(' ')).toBe(label);
    expect(lines.length).toBeLessThanOrEqual(2);
  }
  await expect(usd.getByTestId('joblens-pay-target')).toHaveCount(1);
  await expect(usd.locator('figcaption')).toContainText('target of 130,000');
  // Another currency stands apart, without the (USD) target line.
  const eur = chart.locator('[data-currency="EUR"]');
  await expect(eur.getByTestId('joblens-pay-bar')).toHaveCount(1);
  await expect(eur.getByTestId('joblens-pay-target')).toHaveCount(0);
  await expect(usd.locator('table')).toContainText(usdRoles[0]?.title ?? '');
  await expectNoAxeViolations(page, 'insights: skill gaps and pay, labels over two lines');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${OUTPUT}/options-${colorScheme}.png`, fullPage: true });
  }
});
