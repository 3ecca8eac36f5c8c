import type { Match } from '../../src/schema/match.ts';
import type { Posting } from '../../src/schema/posting.ts';
import type { Profile } from '../../src/schema/profile.ts';
import type { TypesFor } from '../messaging/protocol.ts';
import type { Handlers } from '../messaging/router.ts';
import type { ContentView } from '../messaging/views.ts';
import { hostOf, sameWebOrigin } from '../shared/match-pattern.ts';
import { siteSettings } from '../storage/settings.ts';
import type { Store } from '../storage/store.ts';
import type { Badge } from './badge.ts';
import { createLookHandlers } from './look-handlers.ts';
import { createOptionsHandlers } from './options-handlers.ts';
import { recordReport } from './record-report.ts';
import type { createReportWaiters } from './report-waiters.ts';
import { rescoreAll, rescoreSaved } from './rescore.ts';
import { setSitePanel } from './site-panel.ts';
import type { TabStates } from './tab-states.ts';
import { buildContentView, buildTabView } from './tab-view.ts';

export interface BackgroundDeps {
  store: Store;
  tabs: TabStates;
  waiters: ReturnType<typeof createReportWaiters>;
  now(): number;
  score(profile: Profile, posting: Posting): Match;
  keyFor(url: string, posting: Posting): string;
  setBadge(tabId: number, badge: Badge): Promise<void>;
  notifyPages(tabId: number | null, what: 'tab' | 'roles' | 'profile' | 'notices'): Promise<void>;
  /** To the content script in one frame of the tab (default: the top frame). */
  tellContent(tabId: number, view: ContentView, frameId?: number): Promise<void>;
  /** The content script's answer, or null when none is listening (the tab moved on). */
  pingContent(tabId: number, frameId?: number): Promise<{ url: string; key: string | null } | null>;
  injectContentScript(tabId: number): Promise<void>;
  openOptions(): Promise<void>;
  alwaysRun: {
    set(origin: string, enabled: boolean): Promise<boolean>;
    isEnabled(origin: string): Promise<boolean>;
  };
  log(message: string): void;
}

export type BackgroundMessage = TypesFor<'content->background' | 'page->background'>;

const ANALYZE_WAIT_MS = 5000;
/** After a page asked for notices (it just opened and is reading the index itself). */
const RECONCILE_DELAY_MS = 1500;
let reconcileTimer: ReturnType<typeof setTimeout> | null = null;

/** Roles stored but not listed (or listed but gone) are put right once the page has its list. */
function scheduleReconcile(deps: BackgroundDeps): void {
  if (reconcileTimer) clearTimeout(reconcileTimer);
  reconcileTimer = setTimeout(() => {
    reconcileTimer = null;
    deps.store
      .reconcileRoles()
      .then((changed) => (changed ? deps.notifyPages(null, 'roles') : undefined))
      .catch((err) => deps.log(`reconciling saved roles failed: ${String(err)}`));
  }, RECONCILE_DELAY_MS);
}

async function viewOf(deps: BackgroundDeps, tabId: number, checkLive: boolean) {
  const stored = await deps.tabs.get(tabId);
  // The ping waits on the page's renderer and the reads on storage: both at once, since the
  // popup's first render waits for this answer.
  const [live, { saved, profile, settings, notices }] = await Promise.all([
    stored && checkLive
      ? deps.pingContent(tabId, stored.frameId ?? 0).then((answer) => answer !== null)
      : true,
    deps.store.viewInputs(stored?.key ?? null),
  ]);
  if (stored && !live) await deps.tabs.remove(tabId);
  const state = live ? stored : null;
  return buildTabView({
    tabId,
    state,
    live: state !== null,
    saved: state ? saved : null,
    profile,
    settings,
    notices: notices.length,
  });
}

/** The posting recorded for a tab, if it was recorded at this URL. */
async function postingAt(deps: BackgroundDeps, tabId: number, url: string) {
  const state = await deps.tabs.get(tabId);
  return state?.url === url ? state.posting : null;
}

/** Every message the background answers. Content scripts can only report and ask. */
export function createHandlers(deps: BackgroundDeps): Handlers<BackgroundMessage> {
  return {
    'posting/none': async ({ url }, from) => {
      if (from.kind !== 'content') throw new Error('reports come from content scripts');
      if (!sameWebOrigin(url, from.url)) {
        throw new Error('report for a URL outside the sending page');
      }
      return recordReport(deps, from, url, null);
    },
    // The bar's Open button: the one setting a content script may change, and only for the
    // host it runs on (the sender's, as the browser reports it).
    'content/open-panel': async ({ url }, from) => {
      if (from.kind !== 'content') throw new Error('only content scripts open their panel');
      const host = hostOf(from.url);
      if (host === null || !sameWebOrigin(url, from.url)) {
        throw new Error('open-panel for a URL outside the sending page');
      }
      const settings = await setSitePanel(deps, host, { collapsed: false });
      return buildContentView(from.tabId, url, settings, await postingAt(deps, from.tabId, url));
    },
    'content/view': async ({ url }, from) => {
      if (from.kind !== 'content') throw new Error('only content scripts ask for their view');
      const settings = await deps.store.getSettings();
      return buildContentView(from.tabId, url, settings, await postingAt(deps, from.tabId, url));
    },
    ...createLookHandlers(deps),
    'tab/get': ({ tabId }, from) =>
      viewOf(deps, tabId, from.kind === 'page' && from.page === 'popup'),
    'tab/analyze': async ({ tabId }) => {
      const reported = deps.waiters.wait(tabId, ANALYZE_WAIT_MS);
      await deps.injectContentScript(tabId);
      if (!(await reported)) deps.log(`tab ${tabId}: no report after analyze`);
      return viewOf(deps, tabId, false);
    },
    'role/save': async ({ tabId }) => {
      const state = await deps.tabs.get(tabId);
      if (!state?.posting?.isPosting || !state.key)
        throw new Error('No job posting in this tab to save');
      const role = await deps.store.saveRole({
        key: state.key,
        posting: state.posting,
        match: state.match,
        now: deps.now(),
      });
      await deps.notifyPages(null, 'roles');
      return role;
    },
    'role/remove': async ({ key }) => {
      const result = await deps.store.removeRole(key);
      await deps.notifyPages(null, 'roles');
      return result;
    },
    'role/restore': async ({ role }) => {
      const back = await deps.store.restoreRole(role);
      await deps.notifyPages(null, 'roles');
      return back;
    },
    'role/patch': async ({ key, stage, note }) => {
      const role = await deps.store.patchRole(key, { stage, note });
      await deps.notifyPages(null, 'roles');
      return role;
    },
    'roles/list': () => deps.store.listIndex(),
    'profile/get': () => deps.store.getProfile(),
    'profile/import': async ({ profile }) => {
      await deps.store.setProfile(profile);
      await rescoreAll(deps, profile);
      void rescoreSaved(deps);
      await deps.notifyPages(null, 'profile');
      return { done: true as const };
    },
    ...createOptionsHandlers(deps),
    // The panel cannot open it itself (Firefox gives framed extension pages no such API).
    'options/open': async () => {
      await deps.openOptions();
      return { done: true as const };
    },
    'notices/list': async () => {
      const notices = await deps.store.notices();
      scheduleReconcile(deps);
      return notices;
    },
    'notices/dismiss': async ({ id }) => {
      await deps.store.dismissNotice(id);
      await deps.notifyPages(null, 'notices');
      return { done: true as const };
    },
    'site/panel': async ({ host, hidden, collapsed }) => {
      const settings = await setSitePanel(deps, host, { hidden, collapsed });
      return siteSettings(settings, host);
    },
    'site/always-run': async ({ origin, enabled }) => ({
      enabled: await deps.alwaysRun.set(origin, enabled),
    }),
    'site/always-run-status': async ({ origin }) => ({
      enabled: await deps.alwaysRun.isEnabled(origin),
    }),
  };
}

export { rescoreAll };
