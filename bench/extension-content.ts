import type { Page } from '@playwright/test';
import { openPanelWhenReady } from '../e2e/support/panel-bar.ts';
import { otherPageFigures } from './extension-other-pages.ts';
import {
  BENCH_PAGES,
  type BenchPage,
  type Browsers,
  closeTab,
  cpuDiff,
  cpuOf,
  hostShownAt,
  mainThread,
  NO_CPU,
  openTab,
  openTabTraced,
  pageTiming,
  recorded,
  waitPanel,
  waitReported,
} from './extension-session.ts';
import { contentScriptCost, pageNavigation, startTrace, stopTrace } from './extension-trace.ts';
import { type Figure, figure, type SectionResult, unavailable } from './figure.ts';
import { median, round, sleep } from './stats.ts';
import { windowCpu } from './window-cpu.ts';

const SECTION = 'Extension: content script (Chromium)';
/**
 * Pairs per page: one with − without pair swings by several ms on a shared 2-core machine
 * (the page's own first style and layout differ between two loads): 16 pairs halve the
 * variance of the median that 8 had, for about a minute more of bench.
 */
const REPS = 16;
/** After the panel shows, the script looks once more (250 ms later) and then stops. */
const SETTLE_MS = 1500;
/**
 * A pair on a page the extension does not touch after every CONTROL_EVERY posting pairs
 * (8 in all): what the CPU figure reads when the extension adds nothing, under the same
 * conditions as the posting pairs around it. Run after them instead, it once read 12.4 ms.
 */
const CONTROL_EVERY = 4;
const CONTROL_PAGE: BenchPage = 'news-site';

interface Run {
  /**
   * The page's main-thread CPU time from DOMContentLoaded's end to SETTLE_MS after the panel,
   * with − without (window-cpu.ts): the budgeted figure.
   */
  window: number;
  /** The page renderer's main-thread CPU time since its start, with − without (renderer-cpu.ts). */
  cpu: number;
  /** DevTools' counters, script + compile + style + layout, with − without. */
  work: number;
  /** The script + compile part of `work`, and the style + layout part. */
  script: number;
  render: number;
  task: number;
  longCount: number;
  longMs: number;
  dclToPanel: number;
}

type LongTask = { start: number; duration: number };

async function longTasks(tab: Awaited<ReturnType<typeof openTab>>) {
  const list = (await recorded<LongTask[]>(tab.page, 'longtasks')) ?? [];
  return { count: list.length, ms: list.reduce((s, t) => s + t.duration, 0) };
}

/**
 * The extension's cost on a page the extension leaves alone: it should read about 0 (and
 * shows this host's noise), in the same window as the postings' (from DOMContentLoaded).
 */
async function controlPair(b: Browsers): Promise<number | string> {
  const url = BENCH_PAGES[CONTROL_PAGE].url;
  const side = async (context: Parameters<typeof openTabTraced>[0]) => {
    const tab = await openTabTraced(context, url);
    await sleep(SETTLE_MS);
    const w = windowCpu(await stopTrace(tab.cdp), url, SETTLE_MS);
    await closeTab(tab);
    return w;
  };
  const ext = await side(b.ext.context);
  const plain = await side(b.plain);
  return ext && plain ? ext.ms - plain.ms : NO_WINDOW;
}

/**
 * Until the panel shows: its bar (a site's default) is in the page once the background holds
 * the report; the framed panel (a site the user opened it on) once the frame has drawn it.
 * Neither wait runs script in the page.
 */
async function panelShown(
  b: Browsers,
  tab: { page: Page },
  url: string,
  since: number,
  framed: boolean,
) {
  if (framed) return (await waitPanel(b.ext, tab.page)) !== null;
  return waitReported(b.ext, url, since);
}

/** When the panel showed: the bar's host inserted, or the framed panel drawn. */
async function shownAt(b: Browsers, page: Page, framed: boolean): Promise<number | null> {
  if (framed) return (await waitPanel(b.ext, page))?.shownAt ?? null;
  return hostShownAt(page);
}

const NO_WINDOW = "no DOMContentLoaded of the page's in the trace";

/**
 * One load of a posting page with the extension, then the same load without it, each under a
 * light trace, kept open as long: the CPU figures compare the same stretch of both.
 */
async function postingPair(b: Browsers, name: BenchPage, framed = false): Promise<Run | string> {
  const url = BENCH_PAGES[name].url;
  const start = Date.now();
  const ext = await openTabTraced(b.ext.context, url);
  try {
    if (!(await panelShown(b, ext, url, start, framed))) return 'the panel never appeared';
    await sleep(SETTLE_MS);
    const elapsed = Date.now() - start;
    const events = await stopTrace(ext.cdp);
    // Read first: the questions below run script in the page, and only on this side.
    const cpu = cpuOf(pageNavigation(events, url)?.pid ?? null);
    const [m, lt, timing] = await Promise.all([
      mainThread(ext.cdp),
      longTasks(ext),
      pageTiming(ext.page),
    ]);
    const plainStart = Date.now();
    const plain = await openTabTraced(b.plain, url);
    await sleep(Math.max(0, elapsed - (Date.now() - plainStart)));
    const plainEvents = await stopTrace(plain.cdp);
    const added = cpuDiff(cpu, cpuOf(pageNavigation(plainEvents, url)?.pid ?? null));
    const [pm, plt] = await Promise.all([mainThread(plain.cdp), longTasks(plain)]);
    await closeTab(plain);
    if (added === null) return NO_CPU;
    const shown = await shownAt(b, ext.page, framed);
    if (shown === null) return 'no time for the panel';
    const dclToPanel = shown - (timing.origin + timing.dcl);
    const length = dclToPanel + SETTLE_MS;
    const w = windowCpu(events, url, length);
    const pw = windowCpu(plainEvents, url, length);
    if (!w || !pw) return NO_WINDOW;
    // The window's premise, checked on every load: nothing of ours ran before it.
    if (w.injectedAfterDclMs === null || w.injectedAfterDclMs < 0)
      return `our first injection came ${w.injectedAfterDclMs ?? 'never'} ms after DOMContentLoaded`;
    return {
      window: w.ms - pw.ms,
      cpu: added,
      work: m.work - pm.work,
      script: m.script - pm.script,
      render: m.work - m.script - (pm.work - pm.script),
      task: m.task - pm.task,
      longCount: lt.count - plt.count,
      longMs: lt.ms - plt.ms,
      dclToPanel,
    };
  } finally {
    await closeTab(ext);
  }
}

/** One traced load: when the script was injected, and what the trace attributes to it. */
async function traced(b: Browsers, name: BenchPage) {
  const url = BENCH_PAGES[name].url;
  const tab = await openTab(b.ext.context, null);
  try {
    await startTrace(tab.cdp);
    const since = Date.now();
    await tab.page.goto(url, { waitUntil: 'load' });
    const shown = await panelShown(b, tab, url, since, false);
    await sleep(SETTLE_MS);
    const timing = await pageTiming(tab.page);
    const cost = contentScriptCost(await stopTrace(tab.cdp), `${b.ext.origin}/content/`, url);
    const at = shown ? await shownAt(b, tab.page, false) : null;
    if (at === null || !cost) return null;
    return { ...cost, injectionToPanel: at - (timing.origin + cost.injectedAfterNavMs) };
  } finally {
    await closeTab(tab);
  }
}

async function postingFigures(
  b: Browsers,
  name: BenchPage,
  afterPair: () => Promise<void>,
): Promise<Figure[]> {
  const id = `ext.content.posting.${name}`;
  const runs: Run[] = [];
  for (let i = 0; i < REPS; i++) {
    const r = await postingPair(b, name);
    await afterPair();
    if (typeof r === 'string')
      return [
        unavailable(
          SECTION,
          `${id}.mainThread`,
          `${name} posting: main-thread work`,
          'ms',
          r,
          'error',
        ),
      ];
    runs.push(r);
  }
  const t = await traced(b, name);
  const med = (k: keyof Run) => round(median(runs.map((r) => r[k])), 1);
  const label = `${name} posting (${new URL(BENCH_PAGES[name].url).host})`;
  const list = (k: keyof Run) => runs.map((r) => round(r[k], 1)).join(', ');
  const figures = [
    figure(
      SECTION,
      `${id}.mainThread`,
      `${label}: main-thread CPU time the extension adds (every task of the page's main thread from DOMContentLoaded's end, before which nothing of ours runs, to ${SETTLE_MS / 1000} s after the panel; with − without, median of ${REPS}: ${list('window')})`,
      med('window'),
      'ms',
    ),
    figure(
      SECTION,
      `${id}.renderer`,
      `${label}: the same, counted from the renderer's start (its parsing and first style and layout too, which swing by several ms between two loads; with − without, median of the same ${REPS}: ${list('cpu')})`,
      med('cpu'),
      'ms',
    ),
    figure(
      SECTION,
      `${id}.counters`,
      `${label}: DevTools counters only, script + compile + style + layout, with − without (median of the same ${REPS}: ${list('work')}). They leave out promise continuations, the isolated world, messaging and creating the panel's frame`,
      med('work'),
      'ms',
    ),
    figure(
      SECTION,
      `${id}.counters.script`,
      `${label}: of those counters, script + compile (median of the same ${REPS}: ${list('script')})`,
      med('script'),
      'ms',
    ),
    figure(
      SECTION,
      `${id}.counters.render`,
      `${label}: of those counters, style + layout (median of the same ${REPS}: ${list('render')}; the page's own first style and layout differ by several ms between two loads)`,
      med('render'),
      'ms',
    ),
    figure(
      SECTION,
      `${id}.task`,
      `${label}: all main-thread task time, with − without`,
      med('task'),
      'ms',
    ),
    figure(
      SECTION,
      `${id}.longTasks`,
      `${label}: long tasks added (count; total ${med('longMs')} ms)`,
      med('longCount'),
      '',
    ),
    figure(
      SECTION,
      `${id}.dclToPanel`,
      `${label}: DOMContentLoaded → panel rendered`,
      med('dclToPanel'),
      'ms',
    ),
  ];
  if (t) {
    figures.push(
      figure(
        SECTION,
        `${id}.injectionToPanel`,
        `${label}: injection → panel rendered (traced run)`,
        round(t.injectionToPanel, 1),
        'ms',
      ),
      figure(
        SECTION,
        `${id}.trace.attributed`,
        `${label}: what the trace attributes to us on the page's main thread (traced run: ${t.injections} injections, ${round(t.injectMs, 1)} ms, the functions the background runs in the page's own world; content-script evaluation ${round(t.evaluateMs, 1)} ms)`,
        round(t.attributedMs, 1),
        'ms',
      ),
      figure(
        SECTION,
        `${id}.trace.callbacks`,
        `${label}: content-script timers/handlers after load (traced)`,
        round(t.callbacksMs, 1),
        'ms',
      ),
    );
  }
  return figures;
}
/** Pairs for the framed panel: an info figure beside the budgeted (default) one. */
const OPENED_REPS = 8;

/**
 * The same posting where the user has opened the panel on the site (the site remembers it):
 * the frame is built at load. Info: the budget is for a typical posting, which shows the bar
 * (a site's default) and builds the frame only when the user asks. The site is put back to its
 * bar afterwards, for the sections after this one.
 */
async function openedFigure(b: Browsers, name: BenchPage): Promise<Figure> {
  const id = `ext.content.posting.${name}.opened.mainThread`;
  const label = `${name} posting with the panel opened on the site (its frame built at load): main-thread CPU time the extension adds, from DOMContentLoaded's end, with − without`;
  const url = BENCH_PAGES[name].url;
  const first = await openTab(b.ext.context, url);
  try {
    if (!(await waitReported(b.ext, url, 0))) throw new Error('the posting was never reported');
    if (!(await openPanelWhenReady(first.page)) || !(await waitPanel(b.ext, first.page)))
      return unavailable(SECTION, id, label, 'ms', 'could not open the panel', 'error');
    const runs: number[] = [];
    for (let i = 0; i < OPENED_REPS; i++) {
      const r = await postingPair(b, name, true);
      if (typeof r === 'string') return unavailable(SECTION, id, label, 'ms', r, 'error');
      runs.push(r.window);
    }
    return figure(
      SECTION,
      id,
      `${label} (median of ${OPENED_REPS}: ${runs.map((v) => round(v, 1)).join(', ')})`,
      round(median(runs), 1),
      'ms',
    );
  } finally {
    // Back to the bar: the panel's own Collapse button.
    const panel = await waitPanel(b.ext, first.page, 3000);
    await panel?.frame
      .getByTestId('joblens-collapse')
      .click()
      .catch(() => undefined);
    await sleep(300);
    await closeTab(first);
  }
}

function controlFigure(runs: Array<number | string>): Figure {
  const id = `ext.content.control.${CONTROL_PAGE}.mainThread`;
  const label = `Control: ${CONTROL_PAGE} (${new URL(BENCH_PAGES[CONTROL_PAGE].url).host}), where the extension injects nothing, one pair after every ${CONTROL_EVERY} posting pairs: main-thread CPU time from DOMContentLoaded's end for ${SETTLE_MS / 1000} s, with − without`;
  const failed = runs.find((r) => typeof r === 'string');
  const values = runs.filter((r): r is number => typeof r === 'number');
  if (failed !== undefined || values.length === 0)
    return unavailable(SECTION, id, label, 'ms', failed ?? 'no pairs', 'error');
  return figure(
    SECTION,
    id,
    `${label} (median of ${values.length}: ${values.map((v) => round(v, 1)).join(', ')})`,
    round(median(values), 1),
    'ms',
  );
}

export async function runContent(b: Browsers): Promise<SectionResult> {
  const figures: Figure[] = [];
  const control: Array<number | string> = [];
  let pairs = 0;
  const afterPair = async () => {
    if (++pairs % CONTROL_EVERY === 0) control.push(await controlPair(b));
  };
  for (const name of ['greenhouse', 'jsonld'] as const)
    figures.push(...(await postingFigures(b, name, afterPair)));
  figures.push(controlFigure(control));
  figures.push(await openedFigure(b, 'greenhouse'));
  figures.push(...(await otherPageFigures(b, SECTION)));
  return { figures };
}
