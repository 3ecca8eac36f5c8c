import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { seedRole } from './fixtures/options/roles.ts';
import {
  expectNoAxeViolations,
  openOptions,
  seedRoles,
  storedRoles,
} from './fixtures/options/support.ts';
import { type ExtensionSession, launchWithExtension } from './support/chromium.ts';
import { ROOT } from './support/paths.ts';

test.describe.configure({ mode: 'serial' });

const V1_EXPORT = resolve(ROOT, 'extension/options/model/fixtures/roles-v1.json');
const tmp = (name: string) => join(tmpdir(), `joblens-${process.pid}-${name}`);

const ROLES = Object.fromEntries(
  [
    seedRole(0, {
      title: '=HYPERLINK("https://evil.example","click me")',
      note: 'first line\nsecond, with "quotes"',
      stage: 'applied',
    }),
    seedRole(1, { company: '+Corp', salary: [] }),
    seedRole(2, { title: 'Platform Engineer', company: '@Mention Ltd' }),
  ].map((r) => [r.key, r]),
);

let a: ExtensionSession;
let exported = '';
test.beforeAll(async () => {
  a = await launchWithExtension();
  await seedRoles(a, ROLES);
});
test.afterAll(async () => {
  expect(a.network.violations()).toEqual([]);
  await a.close();
});

async function download(page: Page, testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^joblens-roles-\d{4}-\d\d-\d\d\.(json|csv)$/);
  const path = tmp(name);
  await file.saveAs(path);
  return path;
}

const byKey = (list: { key: string }[]) => [...list].sort((x, y) => x.key.localeCompare(y.key));

test('export JSON (versioned, every role exactly) and CSV (formula cells defused)', async () => {
  const page = await openOptions(a);
  await expect(page.getByTestId('joblens-role-row')).toHaveCount(3);
  exported = await download(page, 'joblens-export-json', 'roles.json');
  const file = JSON.parse(readFileSync(exported, 'utf8'));
  expect(file).toMatchObject({ format: 'joblens-roles', version: 2 });
  expect(Date.parse(file.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
  const stored = Object.values(await storedRoles(a)) as { key: string }[];
  expect(byKey(file.roles)).toEqual(byKey(stored));

  const csv = readFileSync(await download(page, 'joblens-export-csv', 'roles.csv'), 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toMatch(/^Title,Company,Locations,/);
  expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click me"")"`);
  expect(csv).toContain(",'+Corp,");
  expect(csv).toContain(",'@Mention Ltd,");
  expect(csv).toContain('"first line\nsecond, with ""quotes"""');
  // No cell anywhere starts a formula.
  expect(csv).not.toMatch(/(^|,|\r\n)"?[=+@-]/);
  await page.close();
});

test('a malformed, foreign or huge file changes nothing; a partly invalid one only when accepted', async () => {
  const page = await openOptions(a);
  const before = await storedRoles(a);
  const input = page.getByTestId('joblens-import-roles');
  const status = page.getByTestId('joblens-roles-import-status');

  const broken = tmp('broken.json');
  writeFileSync(broken, readFileSync(exported, 'utf8').slice(0, 300));
  await input.setInputFiles(broken);
  await expect(status).toContainText('not valid JSON');
  await expect(status).toContainText('Nothing was changed');
  await expect(page.getByTestId('joblens-import-dialog')).toBeHidden();

  const profile = tmp('profile.json');
  writeFileSync(profile, JSON.stringify({ version: 1, skills: [{ name: 'Go' }] }));
  await input.setInputFiles(profile);
  await expect(status).toContainText('not a JobLens roles export');

  // 51 MB (sparse): refused from its size, before it is read.
  const huge = tmp('huge.json');
  writeFileSync(huge, '');
  truncateSync(huge, 51 * 1024 * 1024);
  await input.setInputFiles(huge);
  await expect(status).toContainText('up to 40.0 MB');
  expect(await storedRoles(a)).toEqual(before);

  const existing = ROLES['greenhouse:100000'];
  const partly = tmp('partly.json');
  writeFileSync(
    partly,
    JSON.stringify({
      format: 'joblens-roles',
      version: 2,
      exportedAt: new Date().toISOString(),
      roles: [
        seedRole(7, { title: 'Brand New Role' }),
        { ...existing, stage: 'offer', note: 'from the laptop', updatedAt: Date.now() },
        { ...seedRole(8), stage: 'dreaming' },
      ],
    }),
  );
  await input.setInputFiles(partly);
  const dialog = page.getByTestId('joblens-import-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('joblens-import-added')).toHaveText('1 new role will be added');
  await expect(dialog.getByTestId('joblens-import-updated')).toHaveText(
    '1 saved role will be updated',
  );
  await expect(dialog.getByTestId('joblens-import-invalid')).toContainText(
    '1 entry not valid, not imported',
  );
  await dialog.getByText('Not valid: 1').click();
  await expect(dialog).toContainText('stage:');
  await expectNoAxeViolations(page, 'import report dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await storedRoles(a)).toEqual(before);

  await input.setInputFiles(partly);
  await dialog.getByTestId('joblens-import-confirm').click();
  await expect(status).toHaveText(/1 added, 1 updated, 1 skipped/);
  const after = (await storedRoles(a)) as Record<
    string,
    { stage: string; note: string; title: string }
  >;
  expect(Object.keys(after)).toHaveLength(4);
  expect(after['greenhouse:100000']).toMatchObject({
    stage: 'offer',
    note: 'from the laptop\n\nfirst line\nsecond, with "quotes"',
  });
  expect(after['ashby:100007']?.title).toBe('Brand New Role');
  expect(after['greenhouse:100008']).toBeUndefined();
  await page.close();
});

test('round trip: the JSON export imported into a fresh browser gives the same list; v1 exports too', async () => {
  const b = await launchWithExtension();
  try {
    // A fresh browser opens on the profile (no roles yet): export and import sit with the roles.
    const page = await openOptions(b);
    await page.getByTestId('joblens-tab-roles').click();
    await page.getByTestId('joblens-import-roles').setInputFiles(exported);
    const dialog = page.getByTestId('joblens-import-dialog');
    await expect(dialog.getByTestId('joblens-import-added')).toHaveText(
      '3 new roles will be added',
    );
    await dialog.getByTestId('joblens-import-confirm').click();
    await expect(page.getByTestId('joblens-roles-import-status')).toContainText('3 added');
    await expect(page.getByTestId('joblens-role-row')).toHaveCount(3);
    expect(await storedRoles(b)).toEqual(ROLES);

    // The prototype's v1 export: migrated, then merged like any other.
    await page.getByTestId('joblens-import-roles').setInputFiles(V1_EXPORT);
    await expect(dialog.getByTestId('joblens-import-added')).toHaveText(
      '2 new roles will be added',
    );
    await expect(dialog.getByTestId('joblens-import-invalid')).toContainText('2 entries');
    await dialog.getByTestId('joblens-import-confirm').click();
    await expect(page.getByTestId('joblens-role-row')).toHaveCount(5);
    const roles = (await storedRoles(b)) as Record<string, { stage: string; note: string }>;
    expect(roles['greenhouse:4012345']).toMatchObject({
      stage: 'applied',
      note: 'Referred by a former colleague',
    });
    expect(b.network.violations()).toEqual([]);
  } finally {
    await b.close();
  }
});
