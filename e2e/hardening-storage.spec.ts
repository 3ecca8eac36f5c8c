import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Frame, type Page, test } from '@playwright/test';
import { indexShardKey, shardOf } from '../extension/storage/keys.ts';
import { CURRENT_SCHEMA_VERSION, migrate } from '../extension/storage/migrations.ts';
import { SavedRole } from '../extension/storage/saved-role.ts';
import { Profile } from '../src/schema/profile.ts';
import {
  type ExtensionSession,
  importProfile,
  launchWithExtension,
  localState,
  openExtensionPage,
  openSite,
  panelFrame,
  stopServiceWorker,
  tabIdOf,
} from './support/chromium.ts';
import { ROOT } from './support/paths.ts';
import { savedRolesIn } from './support/saved-roles.ts';
import type { SitePage } from './support/sites.ts';

test.describe.configure({ mode: 'serial' });

/** Twenty copies of the Greenhouse posting under twenty job ids: twenty tabs, twenty roles. */
const JOBS: SitePage[] = Array.from({ length: 20 }, (_, i) => ({
  url: `https://boards.greenhouse.io/northwind/jobs/${4020000 + i}`,
  file: 'greenhouse-posting.html',
}));
const keyOf = (p: SitePage) => `greenhouse:${p.url.split('/').pop()}`;

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension({ extraPages: JOBS });
  await (await importProfile(s)).close();
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

type Roles = Record<string, { title: string }>;
const roles = async () => savedRolesIn(await localState(s)) as Roles;
const setLocal = (items: Record<string, unknown>) =>
  s.worker.evaluate((i) => chrome.storage.local.set(i), items);

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(s, 'options.html');
  await page.locator('main[data-loaded="true"]').waitFor();
  return page;
}

/** Stop the worker; the next message from any of our pages starts a fresh one (store.init). */
async function restartWorker(): Promise<void> {
  const page = await s.context.newPage();
  await s.worker.evaluate(() => {
    (globalThis as unknown as { marker: number }).marker = 1;
  });
  await stopServiceWorker(s, page);
  await page.close();
}
const workerIsFresh = () =>
  s.worker
    .evaluate(() => (globalThis as unknown as { marker?: number }).marker ?? 'fresh')
    .catch(() => 'gone');

async function saveFrom(panel: Frame): Promise<void> {
  await panel.getByTestId('joblens-save').click();
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
}

test('each stored key corrupted by hand is set aside and reported; the rest keeps working', async () => {
  const page = await openSite(s, 'greenhouse');
  await saveFrom(await panelFrame(s, page));
  await page.close();
  const goodRole = (await roles())['greenhouse:4012345'];
  const cases: {
    label: string;
    items: Record<string, unknown>;
    notice: RegExp;
    restart?: true;
    /** A role the options table must still list after the repair. */
    listed?: string;
  }[] = [
    {
      label: 'profile',
      items: { profile: { version: 1, skills: 'all of them' } },
      notice: /^profile/,
    },
    // The index shard listing the saved role: set aside, rebuilt from the role keys.
    {
      label: 'saved-roles index',
      items: { [indexShardKey(shardOf('greenhouse:4012345'))]: 'a list, honest' },
      notice: /^rolesIndex:\d+:.*rebuilt from your saved roles/,
      listed: 'greenhouse:4012345',
    },
    {
      label: 'one role',
      items: { 'role:greenhouse:1': { ...goodRole, key: 'greenhouse:1', savedAt: -5 } },
      notice: /^role:greenhouse:1:/,
    },
    {
      label: 'a role filed under another key',
      items: { 'role:greenhouse:2': goodRole },
      notice: /^role:greenhouse:2:.*another key/,
    },
    {
      label: 'settings',
      items: { settings: { sites: 5, alwaysRun: 'yes' } },
      notice: /^settings:/,
    },
    {
      label: 'schema version',
      items: { schemaVersion: 'three' },
      notice: /^schemaVersion:/,
      restart: true,
    },
  ];
  for (const c of cases) {
    await test.step(c.label, async () => {
      await setLocal(c.items);
      if (c.restart) {
        await restartWorker();
      }
      const options = await openOptions();
      if (c.restart) await expect.poll(workerIsFresh).toBe('fresh');
      const items = options.getByTestId('joblens-notice-item');
      await expect(items.filter({ hasText: c.notice })).toHaveCount(1);
      if (c.listed)
        await expect(
          options.locator(`[data-testid="joblens-saved-role"][data-key="${c.listed}"]`),
        ).toHaveCount(1);
      // The value itself is kept aside, verbatim.
      const kept = Object.entries(await localState(s)).filter(([k]) => k.startsWith('quarantine:'));
      expect(kept.length).toBeGreaterThan(0);

      // Everything else works: a posting is read and scored, saved, listed.
      if (c.label === 'profile') {
        await options.close();
        await (await importProfile(s)).close();
      } else await options.close();
      const site = await openSite(s, 'lever');
      const panel = await panelFrame(s, site);
      await expect(panel.getByTestId('joblens-score')).toBeVisible();
      const save = panel.getByTestId('joblens-save');
      if ((await save.getAttribute('data-saved')) === 'true')
        await panel.getByTestId('joblens-remove').click();
      await expect(save).toHaveAttribute('data-saved', 'false');
      await saveFrom(panel);
      await site.close();
      expect(Object.keys(await roles())).toContain('lever:8c1f0b1e-2d3a-4f5b-9c6d-7e8f9a0b1c2d');
      // Read back as set aside, it is not reported again.
      const again = await openOptions();
      await expect(
        again.getByTestId('joblens-notice-item').filter({ hasText: c.notice }),
      ).toHaveCount(1);
      await again.close();
    });
  }
  expect((await localState(s)).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
});

const FIXTURE_DIR = resolve(ROOT, 'extension', 'storage', 'fixtures');
const snapshots = readdirSync(FIXTURE_DIR)
  .map((f) => /^v(\d+)-snapshot\.json$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ version: Number(m[1]), file: m[0] }))
  .filter((f) => f.version < CURRENT_SCHEMA_VERSION)
  .sort((a, b) => a.version - b.version);

test('migration from every earlier storage layout, in the browser, to the current one', async () => {
  expect(snapshots.map((f) => f.version)).toEqual(
    Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1),
  );
  for (const { version, file } of snapshots) {
    await test.step(`v${version}`, async () => {
      const data = JSON.parse(readFileSync(resolve(FIXTURE_DIR, file), 'utf8'));
      // What the pure migration says should survive: valid roles, set-aside entries.
      const expected = migrate(data);
      if (!expected.ok) throw new Error(expected.reason);
      const migrated = Object.entries(expected.data);
      const valid = migrated
        .filter(([k, e]) => k.startsWith('role:') && SavedRole.safeParse(e).success)
        .map(([, e]) => e) as { title: string }[];
      const aside = migrated.filter(([k]) => k.startsWith('quarantine:'));
      expect(valid.length + aside.length).toBeGreaterThan(0);

      await s.worker.evaluate(async (d) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set(d);
      }, data);
      await restartWorker();
      const options = await openOptions();
      await expect.poll(workerIsFresh).toBe('fresh');
      const stored = await localState(s);
      expect(stored.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      await expect(options.getByTestId('joblens-saved-role')).toHaveCount(valid.length);
      for (const role of valid)
        await expect(options.getByTestId('joblens-saved-list')).toContainText(role.title);
      await expect(options.getByTestId('joblens-notice-item')).toHaveCount(aside.length);
      expect(stored.savedRoles).toBeUndefined();
      expect(Object.keys(savedRolesIn(stored)).length).toBe(valid.length);
      expect(Profile.safeParse(stored.profile).success).toBe(true);
      await options.close();
    });
  }
  // Back to a clean store with the test profile for the tests that follow.
  await s.worker.evaluate(() => chrome.storage.local.clear());
  await restartWorker();
  await (await importProfile(s)).close();
});

test('storage full: the user is told plainly, nothing is half-written, and it recovers', async () => {
  const page = await openSite(s, 'greenhouse');
  const panel = await panelFrame(s, page);
  const before = await roles();
  expect(before['greenhouse:4012345']).toBeUndefined();
  // With unlimitedStorage Chrome no longer enforces the 10 MB quota, but a write can still be
  // refused (a full disk): the browser's own refusal, with its exact message, is made here by
  // the storage area itself while "full" is on. Every write is refused, so none lands in part.
  const setFull = (full: boolean) =>
    s.worker.evaluate((on) => {
      const g = globalThis as unknown as { jlRealSet?: typeof chrome.storage.local.set };
      const area = chrome.storage.local as unknown as { set: unknown };
      g.jlRealSet ??= chrome.storage.local.set.bind(chrome.storage.local);
      area.set = on
        ? () => Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'))
        : g.jlRealSet;
    }, full);
  await setFull(true);

  await panel.getByTestId('joblens-save').click();
  await expect(panel.getByRole('alert')).toContainText('storage in this browser is full');
  await expect(panel.getByRole('alert')).toContainText('nothing was changed');
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'false');
  expect(await roles()).toEqual(before);

  // Room again (the user deleted something): the same button saves.
  await setFull(false);
  await saveFrom(panel);
  expect(Object.keys(await roles())).toContain('greenhouse:4012345');
  await page.close();
});

test('twenty tabs saving at once: every save lands, once', async () => {
  const pages = await Promise.all(JOBS.map((j) => openUrl(j.url)));
  const panels = await Promise.all(pages.map((p) => panelFrame(s, p, 30_000)));
  await Promise.all(panels.map((f) => f.getByTestId('joblens-save').dispatchEvent('click')));
  for (const f of panels)
    await expect(f.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  const stored = await roles();
  for (const j of JOBS) expect(stored[keyOf(j)]?.title).toBe('Senior Backend Engineer');
  for (const p of pages) await p.close();
});

async function openUrl(url: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(url);
  return page;
}

test('the service worker stopped in the middle of saves: every acknowledged save is there after', async () => {
  const jobs = JOBS.slice(0, 8);
  // Start from unsaved roles (removed the way the options page removes them).
  const options = await openOptions();
  for (const key of jobs.map(keyOf))
    await options.evaluate(
      (k) => chrome.runtime.sendMessage({ joblens: 1, type: 'role/remove', payload: { key: k } }),
      key,
    );
  await options.close();
  expect(Object.keys(await roles())).not.toContain(keyOf(jobs[0]!));
  const pages = await Promise.all(jobs.map((j) => openUrl(j.url)));
  const panels = await Promise.all(pages.map((p) => panelFrame(s, p, 30_000)));
  const tabIds = await Promise.all(pages.map((p) => tabIdOf(s, p)));

  await s.worker.evaluate(() => {
    (globalThis as unknown as { marker: number }).marker = 1;
  });
  const acked: string[] = [];
  const lost: string[] = [];
  // Rounds of two saves each, the worker stopped 0-40 ms after they were sent.
  for (const [round, delay] of [0, 5, 15, 40].entries()) {
    const pair = [round * 2, round * 2 + 1];
    const sent = pair.map((i) =>
      panels[i]!.evaluate(
        (tabId: number) =>
          chrome.runtime
            .sendMessage({ joblens: 1, type: 'role/save', payload: { tabId } })
            .catch((e: unknown) => ({ ok: false, error: String(e) })),
        tabIds[i]!,
      ),
    );
    await new Promise((r) => setTimeout(r, delay));
    await stopServiceWorker(s, pages[pair[0]!]!);
    const replies = (await Promise.all(sent)) as { ok: boolean }[];
    replies.forEach((r, j) => {
      const key = keyOf(jobs[pair[j]!]!);
      (r?.ok ? acked : lost).push(key);
    });
  }
  test.info().annotations.push({
    type: 'worker-stop',
    description: `${acked.length} saves acknowledged before the stop, ${lost.length} cut off`,
  });
  // A fresh worker (the panels' change feeds wake it): everything acknowledged is stored.
  await expect.poll(workerIsFresh).toBe('fresh');
  const stored = await roles();
  for (const key of acked) expect(stored[key], key).toBeDefined();
  // What the user sees agrees with what is stored, in every tab, after the restart.
  for (const [i, panel] of panels.entries()) {
    const saved = stored[keyOf(jobs[i]!)] !== undefined;
    await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', String(saved));
  }
  // Whatever was cut off can simply be saved again.
  for (const [i, panel] of panels.entries()) {
    if (lost.includes(keyOf(jobs[i]!)) && stored[keyOf(jobs[i]!)] === undefined)
      await saveFrom(panel);
  }
  expect(Object.keys(await roles())).toEqual(expect.arrayContaining(jobs.map(keyOf)));
  for (const p of pages) await p.close();
});
