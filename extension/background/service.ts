import { ANALYZE_FILE, ENGINE_FILE } from '../content/script-file.ts';
import { jobKey, scoreMatch } from '../core/engine.ts';
import { createChangeFeed } from '../messaging/change-feed.ts';
import { PAGE_HTML_LIMIT } from '../messaging/page-html-limit.ts';
import { listen } from '../messaging/router.ts';
import { toContent } from '../messaging/to-content.ts';
import type { ContentView } from '../messaging/views.ts';
import { inPage, type PageCommand } from '../page-world/in-page.ts';
import { action, permissions, runtime, scripting, storage, tabs } from '../platform/browser-api.ts';
import { contentFingerprint } from '../shared/fingerprint.ts';
import { collapsedHostStyle, PANEL_STYLES } from '../shared/panel-styles.ts';
import { createMemoryArea } from '../storage/memory-area.ts';
import { createStore } from '../storage/store.ts';
import { createAlwaysRun } from './always-run.ts';
import { type BackgroundDeps, createHandlers } from './handlers.ts';
import { backgroundLooksAt } from './job-url.ts';
import { lookAt } from './look-handlers.ts';
import { createPageLooks } from './page-looks.ts';
import { PagePing, PageRead } from './page-read.ts';
import { recordReport } from './record-report.ts';
import { createReportWaiters } from './report-waiters.ts';
import { createTabStates } from './tab-states.ts';

const PING_TIMEOUT_MS = 700;
const log = (m: string) => console.info(`[JobLens] ${m}`);

/** One command to the page's own world (page-world/in-page.ts). */
const askPage = (tabId: number, cmd: PageCommand) => scripting.inPage(tabId, inPage, [cmd]);

/** The styles for a page's bar: its width follows the pay line it carries. */
const stylesFor = (pay: string | null) => ({ ...PANEL_STYLES, collapsed: collapsedHostStyle(pay) });

/** Our bar in a page the background drew in, told the site's panel setting. */
async function tellPage(tabId: number, view: ContentView): Promise<boolean> {
  const { hidden, collapsed, pay } = view;
  const cmd = { kind: 'view', view: { hidden, collapsed, pay }, styles: stylesFor(pay) } as const;
  return (await askPage(tabId, cmd)) === true;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([p, new Promise<null>((r) => setTimeout(() => r(null), ms))]);
}

export function startBackground(): void {
  const feed = createChangeFeed(log);
  const store = createStore(storage.local(), {
    sync: storage.sync(),
    log,
    onSetAside: () => feed.publish({ tabId: null, what: 'notices' }),
  });
  const tabStates = createTabStates(storage.session() ?? createMemoryArea(), log);
  // The engine file boots itself where no content script runs: an "Always run" site needs no
  // stub, whose URL hints only know the career sites.
  const alwaysRun = createAlwaysRun(store, ENGINE_FILE.built, log);
  const ready = store
    .init()
    .then(() => alwaysRun.sync())
    .catch((e) => log(`start: ${String(e)}`));

  const deps: BackgroundDeps = {
    store,
    tabs: tabStates,
    waiters: createReportWaiters(),
    now: Date.now,
    score: scoreMatch,
    keyFor: (url, posting) => jobKey(url, posting.site, posting.jobId),
    setBadge: (tabId, badge) => action.setBadge(tabId, badge.text, badge.color),
    notifyPages: async (tabId, what) => feed.publish({ tabId, what }),
    // The content script where one runs, else the bar the background drew in the page.
    tellContent: async (tabId, view, frameId = 0) => {
      try {
        await toContent(tabId, 'content/panel-view', view, frameId);
      } catch (err) {
        if (frameId !== 0 || !(await tellPage(tabId, view).catch(() => false))) throw err;
      }
    },
    pingContent: async (tabId, frameId = 0) => {
      const content = await withTimeout(
        toContent(tabId, 'content/ping', {}, frameId),
        PING_TIMEOUT_MS,
      ).catch(() => null);
      if (content !== null || frameId !== 0) return content;
      const page = PagePing.safeParse(await askPage(tabId, { kind: 'ping' }).catch(() => null));
      return page.success ? page.data : null;
    },
    injectContentScript: async (tabId) => {
      try {
        // Our bar out first (the content script draws its own); then the engine, which boots
        // itself where nothing runs yet; analyze.js then asks the running script for a full look.
        await looks.holdForContent(tabId).catch(() => undefined);
        await scripting.executeFiles(tabId, [ENGINE_FILE.built, ANALYZE_FILE.built]);
      } catch (err) {
        throw new Error(
          `JobLens cannot read this page (${err instanceof Error ? err.message : String(err)})`,
        );
      }
    },
    openOptions: () => runtime.openOptionsPage(),
    alwaysRun,
    log,
  };

  const top = (tabId: number, url: string) => ({
    kind: 'content' as const,
    tabId,
    url,
    frameId: 0,
  });
  const looks = createPageLooks({
    looksAt: backgroundLooksAt,
    contentRuns: async (url) => (await store.getSettings()).alwaysRun.includes(new URL(url).origin),
    read: async (tabId, want) => {
      const answer = await askPage(tabId, { kind: 'read', limit: PAGE_HTML_LIMIT, want });
      const read = PageRead.safeParse(answer);
      if (!read.success) log(`tab ${tabId}: the page's answer is not one we sent for`);
      return read.success ? read.data : null;
    },
    show: async (tabId, token, key, view) => {
      const panelUrl = `${runtime.getURL('panel.html')}?tab=${tabId}`;
      const { hidden, collapsed, pay } = view;
      const cmd = { kind: 'show', token, key, panelUrl, view: { hidden, collapsed, pay } } as const;
      await askPage(tabId, { ...cmd, styles: stylesFor(pay) });
    },
    hold: async (tabId) => void (await askPage(tabId, { kind: 'hold' })),
    drop: async (tabId) => void (await askPage(tabId, { kind: 'drop' })),
    inject: (tabId) => scripting.executeFiles(tabId, [ENGINE_FILE.built]),
    look: (tabId, page, epoch) => lookAt(deps, top(tabId, page.url), page, epoch),
    none: async (tabId, url) => void (await recordReport(deps, top(tabId, url), url, null)),
    stored: async (tabId) => {
      const state = await tabStates.get(tabId);
      if (!state || (state.frameId ?? 0) !== 0) return null;
      const { key, posting } = state;
      return {
        url: state.url,
        shown: key && posting ? { key, fingerprint: contentFingerprint(posting) } : null,
      };
    },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    log,
  });

  const handlers = createHandlers(deps);
  // Storage is migrated before any handler touches it.
  const gated = Object.fromEntries(
    Object.entries(handlers).map(([type, fn]) => [
      type,
      async (payload: never, from: never) => {
        await ready;
        return (fn as (p: never, f: never) => unknown)(payload, from);
      },
    ]),
  ) as typeof handlers;
  listen('background', gated);

  // Firefox wakes us only for the career sites (the manifest's host access).
  const careerSites = runtime.manifest().host_permissions ?? [];
  tabs.onLoaded((tabId, url) => void ready.then(() => looks.loaded(tabId, url)), careerSites);
  // A tab that finished loading before this worker listened (the first tabs when the browser
  // starts, tabs restored with the session) sent its event to no one: a career-site tab the
  // background has no record of is looked at now. Recorded tabs cost nothing here, so a
  // worker that wakes again and again does not read their pages again.
  void ready.then(async () => {
    for (const { tabId, url } of await tabs.loadedAt(careerSites).catch(() => [])) {
      if (!(await tabStates.get(tabId))) void looks.loaded(tabId, url);
    }
  });

  // A new user starts with the one-minute setup (the options page's welcome), not a blank
  // score: skills, pay and place, then where to pin the toolbar button.
  runtime.onInstalled((reason) => {
    if (reason === 'install') void tabs.openOwnPage('options.html#welcome');
  });

  tabs.onRemoved((tabId) => {
    looks.forget(tabId);
    void tabStates.remove(tabId);
  });
  permissions.onRemoved(() => {
    void ready.then(() => alwaysRun.sync());
  });
}
