import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Frame,
  type Page,
} from '@playwright/test';
import { type ExtensionSession, launchWithExtension } from '../e2e/support/chromium.ts';
import { chromiumPath, DIST_CHROME } from '../e2e/support/paths.ts';
import { pageHtml, requestKey, type SitePage } from '../e2e/support/sites.ts';
import { ensureBuild, isBuildFresh } from '../scripts/ensure-build.ts';
import { NAVIGATIONS_ONLY, pageNavigation, startTrace, stopTrace } from './extension-trace.ts';
import { FIXTURES } from './inputs.ts';
import { RECORDER } from './recorder.ts';
import { rendererMainCpuMs } from './renderer-cpu.ts';
import { sleep } from './stats.ts';
import { WINDOW_CATEGORIES } from './window-cpu.ts';

/** Our fixtures under the real URLs of career sites (and of sites JobLens must leave alone). */
const page = (url: string, file: string): SitePage => ({ url, file: resolve(FIXTURES, file) });
export const BENCH_PAGES = {
  greenhouse: page(
    'https://job-boards.greenhouse.io/pinecresthealth/jobs/5012345',
    'greenhouse-posting.html',
  ),
  jsonld: page('https://apply.workable.com/nordlicht-freight/j/7C2D9E41AB/', 'jsonld-posting.html'),
  'indeed-article': page(
    'https://www.indeed.com/career-advice/pay-salary/talk-about-pay-offer',
    'news-article.html',
  ),
  'greenhouse-blog': page(
    'https://www.greenhouse.io/blog/structured-interviews-explained',
    'news-article.html',
  ),
  'greenhouse-board': page('https://job-boards.greenhouse.io/acme', 'news-article.html'),
  'indeed-search': page('https://www.indeed.com/jobs?q=welder&l=Remote', 'news-article.html'),
  'linkedin-feed': page('https://www.linkedin.com/feed/', 'news-article.html'),
  'news-site': page(
    'https://www.weeklyledger.example/work/talk-about-pay-offer',
    'news-article.html',
  ),
  spa: page(
    'https://www.linkedin.com/jobs/search/?currentJobId=4200000001&keywords=engineer',
    'spa-jobs.html',
  ),
} satisfies Record<string, SitePage>;
export type BenchPage = keyof typeof BENCH_PAGES;

const BROWSER_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Builds when the sources are newer than dist/, then works on a private copy of dist/chrome:
 * another engineer rebuilding dist/ mid-run must not swap the extension under the browser.
 */
export function prepareDist(
  build: boolean,
  log: (m: string) => void,
): { dist: string; note: string | null; cleanup(): void } {
  let note: string | null = null;
  if (build && !isBuildFresh()) {
    try {
      ensureBuild(log);
    } catch (err) {
      note = `build failed, measured the existing dist/chrome: ${String(err).slice(0, 200)}`;
    }
  } else if (!isBuildFresh()) note = 'dist/chrome is older than the sources (--no-build)';
  if (!existsSync(join(DIST_CHROME, 'manifest.json')))
    throw new Error('no dist/chrome/manifest.json: run npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'joblens-bench-'));
  const dist = join(dir, 'chrome');
  cpSync(DIST_CHROME, dist, { recursive: true });
  return { dist, note, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Browsers {
  ext: ExtensionSession;
  /** The same browser without the extension: the baseline every main-thread figure subtracts. */
  plain: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowsers(dist: string): Promise<Browsers> {
  const pages = Object.values(BENCH_PAGES);
  const ext = await launchWithExtension({ dist, extraPages: pages });
  const plain = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: BROWSER_ARGS,
  });
  const served = new Map(pages.map((p) => [requestKey(p.url), p]));
  await plain.route(/^(https?|wss?|ftp):/, (route) => {
    const p = served.get(requestKey(route.request().url()));
    return p
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageHtml(p) })
      : route.abort('blockedbyclient');
  });
  await ext.context.addInitScript({ content: RECORDER });
  await plain.addInitScript({ content: RECORDER });
  return {
    ext,
    plain,
    close: async () => void (await Promise.allSettled([ext.close(), plain.close()])),
  };
}

export interface Tab {
  page: Page;
  cdp: CDPSession;
}

export async function openTab(context: BrowserContext, url: string | null): Promise<Tab> {
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  if (url) await p.goto(url, { waitUntil: 'load' });
  return { page: p, cdp };
}

/**
 * A tab loading `url`, and the renderer process that loaded it (a navigations-only trace).
 * A trace that missed the navigation (it happened once in a run, in the SPA section) gets one
 * more try in a fresh tab, so the CPU time still counts from that tab's process start.
 */
export async function openTabWithPid(
  context: BrowserContext,
  url: string,
  tries = 2,
): Promise<Tab & { pid: number | null }> {
  const tab = await openTab(context, null);
  await startTrace(tab.cdp, NAVIGATIONS_ONLY);
  await tab.page.goto(url, { waitUntil: 'load' });
  const pid = pageNavigation(await stopTrace(tab.cdp), url)?.pid ?? null;
  if (pid !== null || tries <= 1) return { ...tab, pid };
  await closeTab(tab);
  await sleep(300);
  return openTabWithPid(context, url, tries - 1);
}

/**
 * A tab loading `url` under a light trace (window-cpu.ts: top-level tasks, timing marks,
 * injections), still running: stop it with stopTrace once the window is over.
 */
export async function openTabTraced(context: BrowserContext, url: string): Promise<Tab> {
  const tab = await openTab(context, null);
  await startTrace(tab.cdp, WINDOW_CATEGORIES);
  await tab.page.goto(url, { waitUntil: 'load' });
  return tab;
}

export const NO_CPU = 'no CPU time for the page renderer (the figure reads Linux /proc)';
/** The renderer's main-thread CPU time so far (renderer-cpu.ts), or null. */
export const cpuOf = (pid: number | null): number | null =>
  pid === null ? null : rendererMainCpuMs(pid);
/** a − b of two CPU readings; null when either is missing. */
export const cpuDiff = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

export async function closeTab(tab: Tab): Promise<void> {
  await tab.cdp.detach().catch(() => undefined);
  await tab.page.close().catch(() => undefined);
}

export interface MainThread {
  /**
   * Script + compile + style + layout from DevTools' duration counters. They miss script run
   * from a microtask checkpoint (promise continuations after an import() or a message reply)
   * and the browser's own work; the complete figure is the renderer's CPU time (cpuOf).
   */
  work: number;
  /** The script part of `work` (script + compile). */
  script: number;
  /** Every main-thread task, minus what DevTools itself costs. */
  task: number;
  heapMb: number;
  listeners: number;
  nodes: number;
}

export async function mainThread(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
  const ms = (...names: string[]) => names.reduce((s, n) => s + m(n), 0) * 1000;
  return {
    work: ms('ScriptDuration', 'V8CompileDuration', 'RecalcStyleDuration', 'LayoutDuration'),
    script: ms('ScriptDuration', 'V8CompileDuration'),
    task: ms('TaskDuration') - ms('DevToolsCommandDuration'),
    heapMb: m('JSHeapUsedSize') / 2 ** 20,
    listeners: m('JSEventListeners'),
    nodes: m('Nodes'),
  };
}

/** Full GC first, so heap and listener counts compare what is still reachable. */
export async function settledCounters(cdp: CDPSession): Promise<MainThread> {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  return mainThread(cdp);
}

/** A value the recorder (recorder.ts) keeps in a frame, e.g. "marks.panel". */
export function recorded<T>(frame: Page | Frame, path: string): Promise<T | null> {
  return frame.evaluate(
    `(() => { try { return window.__jl.${path} ?? null; } catch { return null; } })()`,
  ) as Promise<T | null>;
}

/** The panel frame of a page once the recorder saw the panel rendered in it, or null. */
export async function waitPanel(
  s: ExtensionSession,
  p: Page,
  timeout = 15_000,
): Promise<{ frame: Frame; shownAt: number } | null> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of p.frames().filter((f) => f.url().startsWith(`${s.origin}/panel.html`))) {
      const shownAt = await recorded<number>(frame, 'marks.panel').catch(() => null);
      if (shownAt) return { frame, shownAt };
    }
    await sleep(25);
  }
  return null;
}

/**
 * Waits until the background holds the posting of the tab at `url`, asking the service worker
 * (its session storage), not the page: polling the page would add to the page's figures. The
 * content script inserts the panel (its bar) as soon as the report is answered.
 */
export async function waitReported(
  s: ExtensionSession,
  url: string,
  since: number,
  timeout = 15_000,
): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const found = await s.worker
      .evaluate(
        async ({ u, t }) =>
          Object.values(await chrome.storage.session.get(null)).some(
            (v) =>
              typeof v === 'object' &&
              v !== null &&
              (v as { url?: string }).url === u &&
              ((v as { updatedAt?: number }).updatedAt ?? 0) >= t &&
              (v as { posting?: { isPosting?: boolean } | null }).posting?.isPosting === true,
          ),
        { u: url, t: since },
      )
      .catch(() => false);
    if (found) return true;
    await sleep(25);
  }
  return false;
}

/** When the panel's host entered the page (the recorder's mark, epoch ms); null if it did not. */
export async function hostShownAt(p: Page, timeout = 3000): Promise<number | null> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const at = await recorded<number>(p, 'marks.host').catch(() => null);
    if (at) return at;
    await sleep(50);
  }
  return null;
}

export const pageTiming = (p: Page) =>
  p.evaluate(
    `(() => { const n = performance.getEntriesByType('navigation')[0]; return { origin: performance.timeOrigin, dcl: n ? n.domContentLoadedEventEnd : 0, load: n ? n.loadEventEnd : 0 }; })()`,
  ) as Promise<{ origin: number; dcl: number; load: number }>;
