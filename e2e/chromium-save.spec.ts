import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  type ExtensionSession,
  importProfile,
  launchWithExtension,
  localState,
  openExtensionPage,
  openSite,
  panelFrame,
} from './support/chromium.ts';
import { savedRolesIn } from './support/saved-roles.ts';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension();
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

test('profile import: an invalid file is refused with a clear message and nothing is lost', async () => {
  const options = await importProfile(s);
  await expect(options.getByTestId('joblens-profile-summary')).toContainText('5 skills');
  const bad = join(tmpdir(), 'joblens-bad-profile.json');
  writeFileSync(bad, JSON.stringify({ version: 1, skills: [{ name: 'Go' }, { name: '' }] }));
  await options.getByTestId('joblens-import-profile').setInputFiles(bad);
  await expect(options.getByTestId('joblens-import-status')).toContainText('skills[1].name');
  await expect(options.getByTestId('joblens-import-status')).toContainText('kept');
  const notJson = join(tmpdir(), 'joblens-not-json.json');
  writeFileSync(notJson, '{ "version": 1, skills: ');
  await options.getByTestId('joblens-import-profile').setInputFiles(notJson);
  await expect(options.getByTestId('joblens-import-status')).toContainText('not valid JSON');
  await expect(options.getByTestId('joblens-profile-summary')).toContainText('5 skills');
  const stored = (await localState(s)).profile as { skills: unknown[] };
  expect(stored.skills).toHaveLength(5);
  await options.close();
});

test('saving from three tabs at once: every save lands, one entry per job', async () => {
  // Two tabs show the same Greenhouse job under different URLs; the third is a Lever job.
  const pages = await Promise.all([
    openSite(s, 'greenhouse'),
    openSite(s, 'greenhouseAgain'),
    openSite(s, 'lever'),
  ]);
  const panels = await Promise.all(pages.map((p) => panelFrame(s, p)));
  // Dispatched in all three frames in the same turn, so the three saves reach the background
  // together (a pointer click would wait for each background tab to come to the front).
  await Promise.all(panels.map((f) => f.getByTestId('joblens-save').dispatchEvent('click')));
  for (const f of panels)
    await expect(f.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');

  const roles = savedRolesIn(await localState(s)) as Record<
    string,
    { title: string; stage: string }
  >;
  expect(Object.keys(roles).sort()).toEqual([
    'greenhouse:4012345',
    'lever:8c1f0b1e-2d3a-4f5b-9c6d-7e8f9a0b1c2d',
  ]);
  expect(roles['greenhouse:4012345']?.title).toBe('Senior Backend Engineer');

  // A stage set in one tab shows in the other tab of the same job.
  await pages[0]!.bringToFront();
  await panels[0]!.getByTestId('joblens-stage').selectOption('interviewing');
  await expect(panels[1]!.getByTestId('joblens-stage')).toHaveValue('interviewing');

  const options = await openExtensionPage(s, 'options.html');
  await expect(options.getByTestId('joblens-saved-role')).toHaveCount(2);
  await expect(options.getByTestId('joblens-saved-list')).toContainText('Data Platform Engineer');
  await expect(options.getByTestId('joblens-saved-list')).toContainText('Senior Backend Engineer');

  // Removed from a panel (its own button, not a second click on Save): gone everywhere.
  await pages[2]!.bringToFront();
  await panels[2]!.getByTestId('joblens-remove').click();
  await expect(panels[2]!.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'false');
  await expect(options.getByTestId('joblens-saved-role')).toHaveCount(1);
  for (const p of pages) await p.close();
  await options.close();
});

test('a stored value that fails validation is set aside and shown, not dropped', async () => {
  await s.worker.evaluate(async () => {
    const good = (await chrome.storage.local.get('role:greenhouse:4012345'))[
      'role:greenhouse:4012345'
    ];
    const broken = { ...good, key: 'broken:1', stage: 'daydreaming' };
    // Written from outside, so not in the index either: found when the index is reconciled.
    await chrome.storage.local.set({ 'role:broken:1': broken });
  });
  const options = await openExtensionPage(s, 'options.html');
  await expect(options.getByTestId('joblens-notice-item')).toHaveCount(1);
  await expect(options.getByTestId('joblens-notices')).toContainText('role:broken:1');
  await expect(options.getByTestId('joblens-notices')).toContainText('stage');
  await expect(options.getByTestId('joblens-saved-role')).toHaveCount(1);
  const stored = await localState(s);
  const quarantined = Object.keys(stored).filter((k) => k.startsWith('quarantine:'));
  expect(quarantined).toHaveLength(1);
  expect((stored[quarantined[0]!] as { value: { stage: string } }).value.stage).toBe('daydreaming');

  const page = await openSite(s, 'greenhouseIndex');
  await page.waitForTimeout(500);
  const tabId = await s.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('joblens-notice')).toContainText('set aside');
  await popup.close();
  await page.close();

  await options.getByRole('button', { name: 'Discard' }).click();
  await expect(options.getByTestId('joblens-notice-item')).toHaveCount(0);
  await options.close();
});
