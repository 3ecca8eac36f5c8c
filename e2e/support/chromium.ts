import { resolve } from 'node:path';
import {
  type BrowserContext,
  chromium,
  type Frame,
  type Page,
  type Worker,
} from '@playwright/test';
import { auditNetwork } from './network-audit.ts';
import { openPanelFromBar } from './panel-bar.ts';
import { chromiumPath, DIST_CHROME, FIXTURES } from './paths.ts';
import { PAGES, type PageName, pageHtml, requestKey, type SitePage, servedPages } from './sites.ts';

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  origin: string;
  network: ReturnType<typeof auditNetwork>;
  /** Requests the route handler refused (not a fixture): always a failure. */
  refused: string[];
  close(): Promise<void>;
}

/** Chromium with the built extension, every career site answered from e2e/fixtures. */
export async function launchWithExtension(
  opts: {
    extraPages?: SitePage[];
    dist?: string;
    headless?: boolean;
    /** Keep the setup tab that installing opens (the first-run tests read it). */
    keepSetupTab?: boolean;
  } = {},
): Promise<ExtensionSession> {
  const dist = opts.dist ?? DIST_CHROME;
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-extension-debugging',
    ],
  });
  const pages = servedPages(opts.extraPages);
  const refused: string[] = [];
  // Every web request is answered here: fixtures under their real URLs, everything else refused.
  await context.route(/^(https?|wss?|ftp):/, async (route) => {
    const url = route.request().url();
    const page = pages.get(requestKey(url));
    if (page)
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: pageHtml(page),
      });
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const network = auditNetwork(context, () => new Set(pages.keys()));
  if (!opts.keepSetupTab) await closeSetupTab(context, `chrome-extension://${extensionId}`);
  return {
    context,
    worker,
    extensionId,
    origin: `chrome-extension://${extensionId}`,
    network,
    refused,
    async close() {
      network.stop();
      await context.close();
      // Backstop of the per-test check in auditNetwork: leaks outside any test (hooks).
      const leaks = network.leaks();
      if (leaks.length)
        throw new Error(
          `no-network: extension contexts requested ${leaks.map((l) => `${l.url} (by ${l.by}${l.test ? `, in "${l.test}"` : ''})`).join(', ')}`,
        );
    },
  };
}

/**
 * Installing opens the setup in a tab of its own, at a moment of the browser's choosing. Left
 * open, it can come to the front after a test opened its page and leave that page hidden
 * (no animation frames: clicks wait for ever on a slow host), so it is waited for and closed.
 */
async function closeSetupTab(context: BrowserContext, origin: string): Promise<void> {
  const url = `${origin}/options.html#welcome`;
  const setup =
    context.pages().find((p) => p.url() === url) ??
    (await context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 30_000 }));
  await setup.close();
}

export async function openSite(s: ExtensionSession, name: PageName): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(PAGES[name].url);
  return page;
}

/**
 * The panel's frame in a page (it sits inside a closed shadow root; Playwright sees all
 * frames). The panel starts as its bar: unless `open` is false, the bar's Open button is
 * clicked (once) as a user would, which builds the frame.
 */
export async function panelFrame(
  s: ExtensionSession,
  page: Page,
  timeout = 15_000,
  open = true,
): Promise<Frame> {
  const prefix = `${s.origin}/panel.html`;
  const deadline = Date.now() + timeout;
  let clicked = !open;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame && (await frame.locator('[data-testid="joblens-panel"]').count()) > 0) return frame;
    if (!frame && !clicked) clicked = await openPanelFromBar(page, page.mouse).catch(() => false);
    await page.waitForTimeout(100);
  }
  throw new Error(`no JobLens panel in ${page.url()}`);
}

export function panelFrames(s: ExtensionSession, page: Page): Frame[] {
  return page.frames().filter((f) => f.url().startsWith(`${s.origin}/panel.html`));
}

/** The tab id a page lives in, from the panel frame's ?tab= (set by the background). */
export async function tabIdOf(s: ExtensionSession, page: Page): Promise<number> {
  const frame = await panelFrame(s, page);
  return Number(new URL(frame.url()).searchParams.get('tab'));
}

/** Tab id of a page with no panel: make it the active tab and ask the browser. */
export async function activeTabId(s: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  return s.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

export async function openExtensionPage(s: ExtensionSession, path: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`${s.origin}/${path}`);
  return page;
}

/** Import a profile the way a user does: the options page's file input. */
export async function importProfile(
  s: ExtensionSession,
  file = resolve(FIXTURES, 'profile.json'),
): Promise<Page> {
  const options = await openExtensionPage(s, 'options.html#profile');
  await options.getByTestId('joblens-import-profile').setInputFiles(file);
  await options.getByTestId('joblens-import-status').filter({ hasText: 'Imported' }).waitFor();
  return options;
}

/** What the background keeps for every tab (storage.session), read through the worker. */
export function sessionState(s: ExtensionSession): Promise<Record<string, unknown>> {
  return s.worker.evaluate(() => chrome.storage.session.get(null));
}

export function localState(s: ExtensionSession): Promise<Record<string, unknown>> {
  return s.worker.evaluate(() => chrome.storage.local.get(null));
}

/** The toolbar badge text the extension set for a tab. */
export function badgeText(s: ExtensionSession, tabId: number): Promise<string> {
  return s.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Number of JobLens hosts docked in the page (what the page's own DOM shows). */
export function dockedHosts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.documentElement.children].filter(
        (e) => e.tagName === 'DIV' && getComputedStyle(e).position === 'fixed',
      ).length,
  );
}

/** Press the toolbar button on a tab (grants activeTab, opens the popup) through CDP. */
export async function clickToolbarButton(s: ExtensionSession, page: Page): Promise<void> {
  const browser = s.context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  const url = page.url();
  const { targetInfos } = (await cdp.send(
    'Target.getTargets' as never,
    { filter: [{ type: 'tab' }] } as never,
  )) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await cdp.send(
    'Extensions.triggerAction' as never,
    { id: s.extensionId, targetId: tab.targetId } as never,
  );
  await cdp.detach();
}

/** Stop the extension's service worker, as Chrome does after 30 s idle. */
export async function stopServiceWorker(s: ExtensionSession, page: Page): Promise<void> {
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * Our isolated worlds in the page's top frame: 1 once any content script of ours ran there
 * (manifest, registered or injected), 0 if none ever did. Read from DevTools' execution
 * contexts, which name each world's extension origin.
 */
export async function extensionWorlds(s: ExtensionSession, page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return worlds.filter((w) => w.origin === s.origin && w.auxData?.type === 'isolated').length;
}

/** How many times the page's top frame has compiled one of our files (any world). */
export async function timesParsed(s: ExtensionSession, page: Page, file: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => urls.push(e.url));
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.disable');
  await cdp.detach();
  return urls.filter((u) => u === `${s.origin}/${file}`).length;
}
