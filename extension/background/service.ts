import { RUNNING_GLOBAL } from '../content/engine-api.ts';
import { ANALYZE_FILE, ENGINE_FILE } from '../content/script-file.ts';
import { jobKey, scoreMatch } from '../core/engine.ts';
import { createChangeFeed } from '../messaging/change-feed.ts';
import { listen } from '../messaging/router.ts';
import { toContent } from '../messaging/to-content.ts';
import { action, permissions, runtime, scripting, storage, tabs } from '../platform/browser-api.ts';
import { createMemoryArea } from '../storage/memory-area.ts';
import { createStore } from '../storage/store.ts';
import { createAlwaysRun } from './always-run.ts';
import { type BackgroundDeps, createHandlers } from './handlers.ts';
import { createReportWaiters } from './report-waiters.ts';
import { createRouteInjection, isJobUrl } from './route-injection.ts';
import { createTabStates } from './tab-states.ts';

const PING_TIMEOUT_MS = 700;
const log = (m: string) => console.info(`[JobLens] ${m}`);

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
    tellContent: async (tabId, view, frameId = 0) => {
      await toContent(tabId, 'content/panel-view', view, frameId);
    },
    pingContent: (tabId, frameId = 0) =>
      withTimeout(toContent(tabId, 'content/ping', {}, frameId), PING_TIMEOUT_MS).catch(() => null),
    injectContentScript: async (tabId) => {
      try {
        // The engine first: it boots itself where nothing runs yet; analyze.js then asks the
        // running script for a full look.
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

  // Needs no storage: not gated on the migration.
  const routes = createRouteInjection({
    isJobUrl,
    hasContent: async (tabId) =>
      (await scripting.evaluate(tabId, (key: string) => key in globalThis, [RUNNING_GLOBAL])) ===
      true,
    inject: (tabId) => scripting.executeFiles(tabId, [ENGINE_FILE.built]),
    log,
  });
  // Firefox wakes us only for the career sites (the manifest's host access).
  tabs.onLoaded(
    (tabId, url) => void routes.loaded(tabId, url),
    runtime.manifest().host_permissions ?? [],
  );

  tabs.onRemoved((tabId) => {
    routes.forget(tabId);
    void tabStates.remove(tabId);
  });
  permissions.onRemoved(() => {
    void ready.then(() => alwaysRun.sync());
  });
}
