import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openOptions } from './fixtures/options/support.ts';
import { type ExtensionSession, launchWithExtension } from './support/chromium.ts';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension();
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

const stored = (area: 'local' | 'sync') =>
  s.worker.evaluate(
    (a) => chrome.storage[a as 'local' | 'sync'].get(['profile', 'profileSavedAt']),
    area,
  );

test('profile: autocomplete ("golang" -> Go), years, level, target, place; saved as you go, kept in this browser', async () => {
  const page = await openOptions(s);
  await expectNoAxeViolations(page, 'options, empty');
  const input = page.getByTestId('joblens-skill-input');
  await input.fill('golang');
  const first = page.getByTestId('joblens-skill-suggestion').first();
  await expect(first).toHaveText('Go (golang)');
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(page.getByTestId('joblens-profile-skill')).toHaveCount(1);
  await expect(page.getByTestId('joblens-profile-skill').first()).toHaveAttribute(
    'data-name',
    'Go',
  );

  // A suggestion is a button: reachable with Tab, pressed with Space.
  await input.fill('postgres');
  await input.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('joblens-skill-suggestion').first()).toBeFocused();
  await expect(page.getByTestId('joblens-skill-suggestion').first()).toContainText('PostgreSQL');
  await page.keyboard.press('Space');
  await input.fill('GOLANG');
  await input.press('Enter');
  await expect(page.getByTestId('joblens-profile-skill')).toHaveCount(2);

  await page.getByLabel('Years of Go').fill('4');
  await page.getByLabel('Level in Go').selectOption('advanced');
  await page.getByTestId('joblens-target-amount').fill('130000');
  await page.getByTestId('joblens-target-currency').selectOption('EUR');
  await page.getByTestId('joblens-target-period').selectOption('year');
  await page.getByTestId('joblens-location').fill('Denver, CO');
  await page.getByTestId('joblens-remote').selectOption('remote');
  const status = page.getByTestId('joblens-profile-status');
  await expect(status).toHaveAttribute('data-state', 'saved');
  await expect(status).toContainText('All changes saved in this browser');

  const expected = {
    version: 1,
    skills: [
      { name: 'Go', years: 4, level: 'advanced' },
      { name: 'PostgreSQL', years: null, level: null },
    ],
    targetSalary: { min: 130000, max: null, currency: 'EUR', period: 'year' },
    location: 'Denver, CO',
    remote: 'remote',
  };
  const local = await stored('local');
  expect(local.profile).toEqual(expected);
  // Nothing goes to the browser account's sync unless the user turns it on.
  expect(await stored('sync')).toEqual({});

  // Removing a skill loses its years and level: Undo puts it back.
  await page.getByRole('button', { name: 'Remove Go' }).click();
  await expect(page.getByTestId('joblens-profile-skill')).toHaveCount(1);
  await expect(page.getByTestId('joblens-skill-undo-button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('joblens-profile-skill')).toHaveCount(2);
  await expect(status).toHaveAttribute('data-state', 'saved');
  expect((await stored('local')).profile).toEqual(expected);

  await page.reload();
  await page.locator('main[data-loaded="true"]').waitFor();
  await expect(page.getByLabel('Years of Go')).toHaveValue('4');
  await expect(page.getByTestId('joblens-target-currency')).toHaveValue('EUR');
  await expect(page.getByTestId('joblens-profile-summary')).toContainText('2 skills');
  await expectNoAxeViolations(page, 'options, profile filled');

  // A skill the catalog does not know is flagged: it will only match by its exact name.
  await input.fill('Frobnicator 9000');
  await input.press('Enter');
  const unknown = page.locator(
    '[data-testid="joblens-profile-skill"][data-name="Frobnicator 9000"]',
  );
  await expect(unknown.getByTestId('joblens-unknown-skill')).toContainText('not in catalog');
  await expect(page.getByTestId('joblens-unknown-skill')).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove Frobnicator 9000' }).click();
  await expect(status).toHaveAttribute('data-state', 'saved');
  await page.close();
});

test('profile file: export then import round trip; a bad file changes nothing', async () => {
  const page = await openOptions(s);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('joblens-export-profile').click(),
  ]);
  const file = join(tmpdir(), 'joblens-profile-export.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toEqual((await stored('local')).profile);

  const bad = join(tmpdir(), 'joblens-profile-bad.json');
  writeFileSync(bad, JSON.stringify({ ...exported, targetSalary: { min: -1 } }));
  await page.getByTestId('joblens-import-profile').setInputFiles(bad);
  await expect(page.getByTestId('joblens-import-status')).toContainText('targetSalary');
  expect((await stored('local')).profile).toEqual(exported);

  await page.getByTestId('joblens-import-profile').setInputFiles(file);
  await expect(page.getByTestId('joblens-import-status')).toContainText('Imported');
  expect((await stored('local')).profile).toEqual(exported);
  await page.close();
});

test('a profile change typed just before the page closes is kept', async () => {
  const page = await openOptions(s);
  await page.getByTestId('joblens-location').fill('Boulder, CO');
  await page.close();
  await expect
    .poll(async () => ((await stored('local')).profile as { location: string }).location)
    .toBe('Boulder, CO');
});

test('sync (opted in) over its quota: the profile is kept in this browser, with a notice, and wins on read', async () => {
  const page = await openOptions(s);
  await page.getByTestId('joblens-sync-toggle').check();
  await expect
    .poll(async () => (await stored('sync')).profile)
    .toEqual((await stored('local')).profile);
  const before = await stored('sync');
  // storage.sync takes at most 8 KB per item: 200 long skill names are well over.
  const big = {
    version: 1,
    skills: Array.from({ length: 200 }, (_, i) => ({
      name: `In-house deployment framework number ${i}`,
    })),
  };
  const file = join(tmpdir(), 'joblens-profile-big.json');
  writeFileSync(file, JSON.stringify(big));
  await page.getByTestId('joblens-import-profile').setInputFiles(file);
  await expect(page.getByTestId('joblens-import-status')).toContainText('this browser only');
  expect(((await stored('local')).profile as { skills: unknown[] }).skills).toHaveLength(200);
  expect(await stored('sync')).toEqual(before);
  await expect(page.getByTestId('joblens-profile-summary')).toContainText('200 skills');
  await page.reload();
  await expect(page.getByTestId('joblens-profile-summary')).toContainText('200 skills');
  await page.close();
});
