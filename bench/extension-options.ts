import type { Page } from '@playwright/test';
import {
  type Browsers,
  closeTab,
  openTab,
  pageTiming,
  recorded,
  settledCounters,
  type Tab,
} from './extension-session.ts';
import { type Figure, figure, type SectionResult, unavailable } from './figure.ts';
import { seedStorageItems } from './saved-roles-seed.ts';
import { median, round, sleep } from './stats.ts';

const SECTION = 'Extension: options page with 10,000 saved roles';
const ROLES = 10_000;
const RENDER_TIMEOUT_MS = 20_000;
const QUIET_MS = 200;
/** Typed one key at a time; every prefix matches fewer rows. */
const QUERY = 'platform';
const TABLE_MISSING =
  'the options page has no [data-testid=joblens-roles-table] / joblens-role-row yet (being built by another engineer)';

/** The first of `marks` the recorder saw, waiting up to `timeout`. */
async function waitMark(p: Page, marks: string[], timeout: number): Promise<string | null> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const m of marks) if (await recorded<number>(p, `marks.${m}`)) return m;
    await sleep(25);
  }
  return null;
}

/**
 * The background's answer to roles/list (storage read, validation, messaging), timed in the
 * page. Since storage v4 it answers with the index entries the table shows, not full roles.
 */
const ROUND_TRIP = `(async () => {
  const t = performance.now();
  const r = await chrome.runtime.sendMessage({ joblens: 1, type: 'roles/list', payload: {} });
  return { ms: performance.now() - t, n: r && r.ok ? r.data.length : -1 };
})()`;

/** Keydown → last DOM change before the page goes quiet, per keystroke, in ms. */
async function searchLatencies(tab: Tab): Promise<number[]> {
  await tab.page.evaluate(
    `(() => { window.__jlKeys = []; document.addEventListener('keydown', (e) => window.__jlKeys.push(performance.timeOrigin + e.timeStamp), true); })()`,
  );
  await tab.page.getByTestId('joblens-search').focus();
  const out: number[] = [];
  for (const ch of QUERY) {
    await tab.page.keyboard.type(ch);
    const key = (await tab.page.evaluate('window.__jlKeys[window.__jlKeys.length - 1]')) as number;
    let last = 0;
    for (let quietSince = Date.now(), i = 0; i < 400; i++) {
      const m = (await recorded<number>(tab.page, 'lastMutation')) ?? 0;
      if (m !== last) [last, quietSince] = [m, Date.now()];
      if (last > key && Date.now() - quietSince >= QUIET_MS) break;
      await sleep(10);
    }
    if (last > key) out.push(last - key);
  }
  return out;
}

async function seed(b: Browsers): Promise<{ bytes: number } | string> {
  try {
    // The layout this build reads (extension/storage): no migration runs on the way in.
    const items = seedStorageItems(ROLES);
    const bytes = await b.ext.worker.evaluate(async (data) => {
      await chrome.storage.local.set(data);
      return chrome.storage.local.getBytesInUse(null) as Promise<number>;
    }, items);
    return { bytes };
  } catch (err) {
    return `could not store ${ROLES} roles: ${String(err).slice(0, 200)}`;
  }
}

export async function runOptions(b: Browsers): Promise<SectionResult> {
  const label = {
    first: `First render: navigation start → first role row of ${ROLES.toLocaleString('en-US')}`,
    search: `Search: keystroke → rows updated ("${QUERY}" typed one key at a time, median)`,
  };
  const seeded = await seed(b);
  if (typeof seeded === 'string') {
    return {
      figures: [
        unavailable(SECTION, 'ext.options.firstRender', label.first, 'ms', seeded, 'error'),
      ],
    };
  }
  const tab = await openTab(b.ext.context, `${b.ext.origin}/options.html`);
  try {
    const figures: Figure[] = [
      figure(
        SECTION,
        'ext.options.storage',
        `storage.local in use with ${ROLES.toLocaleString('en-US')} roles (roles + index; quota without unlimitedStorage: 10 MB)`,
        round(seeded.bytes / 2 ** 20, 2),
        'MB',
      ),
    ];
    const { origin } = await pageTiming(tab.page);
    // The current list or the new table, whichever the build has; then a grace second for the table.
    if ((await waitMark(tab.page, ['roleRow', 'savedRole'], RENDER_TIMEOUT_MS)) !== 'roleRow')
      await waitMark(tab.page, ['roleRow'], 1000);
    const row = await recorded<number>(tab.page, 'marks.roleRow');
    if (row === null) {
      figures.push(
        unavailable(SECTION, 'ext.options.firstRender', label.first, 'ms', TABLE_MISSING),
      );
      const current = await recorded<number>(tab.page, 'marks.savedRole');
      if (current)
        figures.push(
          figure(
            SECTION,
            'ext.options.currentList.firstRender',
            `Current saved-roles list (joblens-saved-role): navigation start → first of ${ROLES.toLocaleString('en-US')} rows`,
            round(current - origin, 1),
            'ms',
          ),
        );
    } else
      figures.push(
        figure(SECTION, 'ext.options.firstRender', label.first, round(row - origin, 1), 'ms'),
      );
    if (row !== null && (await recorded<number>(tab.page, 'marks.search'))) {
      const lat = await searchLatencies(tab);
      figures.push(
        lat.length
          ? figure(
              SECTION,
              'ext.options.search',
              `${label.search}; worst ${round(Math.max(...lat), 1)} ms`,
              round(median(lat), 1),
              'ms',
            )
          : unavailable(
              SECTION,
              'ext.options.search',
              label.search,
              'ms',
              'typing changed nothing on the page',
              'error',
            ),
      );
    } else
      figures.push(
        unavailable(
          SECTION,
          'ext.options.search',
          label.search,
          'ms',
          row === null ? TABLE_MISSING : 'no [data-testid=joblens-search] on the options page',
        ),
      );
    const trip = (await tab.page.evaluate(ROUND_TRIP)) as { ms: number; n: number };
    figures.push(
      figure(
        SECTION,
        'ext.options.rolesList',
        `roles/list round trip from the page (background reads, validates and sends the index entries of ${trip.n} roles; the page reads them from storage itself)`,
        round(trip.ms, 1),
        'ms',
      ),
    );
    const m = await settledCounters(tab.cdp);
    figures.push(
      figure(
        SECTION,
        'ext.options.heap',
        'Options page JS heap after GC',
        round(m.heapMb, 1),
        'MB',
      ),
      figure(SECTION, 'ext.options.nodes', 'Options page DOM nodes', m.nodes, ''),
    );
    return { figures };
  } finally {
    await closeTab(tab);
  }
}
