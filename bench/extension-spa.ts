import type { Frame } from '@playwright/test';
import { openPanelWhenReady } from '../e2e/support/panel-bar.ts';
import {
  BENCH_PAGES,
  type Browsers,
  closeTab,
  cpuDiff,
  cpuOf,
  type MainThread,
  NO_CPU,
  openTabWithPid,
  settledCounters,
  waitPanel,
} from './extension-session.ts';
import { figure, type SectionResult, unavailable } from './figure.ts';
import { median, p95, round, sleep } from './stats.ts';

const SECTION = 'Extension: single-page app (LinkedIn-style job search)';
const SWITCHES = 50;
const SETTLE_MS = 1500;

type Title = [string, number];

/** Epoch ms at which the panel first showed `title` at or after `since`, waiting up to 10 s. */
async function titleShown(frame: Frame, title: string, since: number): Promise<number | null> {
  const expr = `(() => { const t = (window.__jl.titles || []).find((x) => x[0] === ${JSON.stringify(title)} && x[1] >= ${since}); return t ? t[1] : null; })()`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const at = (await frame.evaluate(expr)) as number | null;
    if (at) return at;
    await sleep(5);
  }
  return null;
}

/** The same switches without the extension: what the page's own router costs. */
async function baselineWork(
  b: Browsers,
  ids: string[],
): Promise<{ work: number; cpu: number | null }> {
  const tab = await openTabWithPid(b.plain, BENCH_PAGES.spa.url);
  try {
    const before = await settledCounters(tab.cdp);
    const cpuBefore = cpuOf(tab.pid);
    for (let k = 1; k <= SWITCHES; k++) {
      await tab.page.evaluate(`window.__jlSwitch(${JSON.stringify(ids[k % ids.length])})`);
      await sleep(20);
    }
    await sleep(SETTLE_MS);
    const work = (await settledCounters(tab.cdp)).work - before.work;
    return { work, cpu: cpuDiff(cpuOf(tab.pid), cpuBefore) };
  } finally {
    await closeTab(tab);
  }
}

/**
 * 50 job switches on a LinkedIn-like search page (pushState to ?currentJobId=…, description
 * swapped in the same task). Per switch: the time until the panel shows the new posting's
 * title. Before and after: listeners, DOM nodes and JS heap after a full GC, in the page's
 * renderer (page and content script share it) and in the panel frame's.
 */
export async function runSpa(b: Browsers): Promise<SectionResult> {
  const tab = await openTabWithPid(b.ext.context, BENCH_PAGES.spa.url);
  try {
    // The panel starts as its bar: open it as a user would, to follow the frame's updates.
    await openPanelWhenReady(tab.page);
    const panel = await waitPanel(b.ext, tab.page);
    if (!panel)
      return {
        figures: [
          unavailable(
            SECTION,
            'ext.spa.switch.median',
            'Switch → panel updated',
            'ms',
            'the panel never appeared',
            'error',
          ),
        ],
      };
    const panelCdp = await b.ext.context.newCDPSession(panel.frame);
    await panelCdp.send('Performance.enable');
    const ids = (await tab.page.evaluate('window.__jlIds')) as string[];
    const jobs = (await tab.page.evaluate('window.__jlJobs')) as Record<string, { title: string }>;
    await sleep(SETTLE_MS);
    const before: [MainThread, MainThread] = [
      await settledCounters(tab.cdp),
      await settledCounters(panelCdp),
    ];
    const cpuBefore = cpuOf(tab.pid);
    const latencies: number[] = [];
    let missed = 0;
    for (let k = 1; k <= SWITCHES; k++) {
      const id = ids[k % ids.length] as string;
      const started = (await tab.page.evaluate(
        `window.__jlSwitch(${JSON.stringify(id)})`,
      )) as number;
      const shown = await titleShown(panel.frame, jobs[id]?.title ?? '', started);
      if (shown === null) missed++;
      else latencies.push(shown - started);
    }
    await sleep(SETTLE_MS);
    const after: [MainThread, MainThread] = [
      await settledCounters(tab.cdp),
      await settledCounters(panelCdp),
    ];
    const cpu = cpuDiff(cpuOf(tab.pid), cpuBefore);
    const titles = ((await panel.frame.evaluate('window.__jl.titles')) as Title[]).length;
    await panelCdp.detach().catch(() => undefined);
    const d = (i: 0 | 1, k: keyof MainThread) => after[i][k] - before[i][k];
    const router = await baselineWork(b, ids);
    const routerWork = router.work;
    const addedCpu = cpuDiff(cpu, router.cpu);
    const figures = [
      figure(
        SECTION,
        'ext.spa.switch.median',
        `Switch → panel shows the new posting, median of ${latencies.length}${missed ? ` (${missed} never shown)` : ''}`,
        round(median(latencies), 1),
        'ms',
      ),
      figure(
        SECTION,
        'ext.spa.switch.p95',
        'Switch → panel shows the new posting, p95',
        round(p95(latencies), 1),
        'ms',
      ),
      figure(
        SECTION,
        'ext.spa.work.perSwitch',
        `Content-script main-thread work per switch, DevTools counters only (page work with − without the extension; the router alone: ${round(routerWork / SWITCHES, 2)} ms; they leave out promise continuations and messaging)`,
        round((d(0, 'work') - routerWork) / SWITCHES, 2),
        'ms',
      ),
      addedCpu !== null && router.cpu !== null
        ? figure(
            SECTION,
            'ext.spa.cpu.perSwitch',
            `Main-thread CPU time the extension adds per switch (the page renderer's main thread, every task, with − without; the router alone: ${round(router.cpu / SWITCHES, 2)} ms)`,
            round(addedCpu / SWITCHES, 2),
            'ms',
          )
        : unavailable(
            SECTION,
            'ext.spa.cpu.perSwitch',
            'Main-thread CPU time per switch',
            'ms',
            NO_CPU,
          ),
      figure(
        SECTION,
        'ext.spa.listeners.page',
        `Event listeners added in the page renderer over ${SWITCHES} switches (${before[0].listeners} before)`,
        d(0, 'listeners'),
        '',
      ),
      figure(
        SECTION,
        'ext.spa.listeners.panel',
        `Event listeners added in the panel frame over ${SWITCHES} switches (${before[1].listeners} before)`,
        d(1, 'listeners'),
        '',
      ),
      figure(
        SECTION,
        'ext.spa.heap.page',
        `JS heap growth in the page renderer after GC (${round(before[0].heapMb, 1)} MB before)`,
        round(d(0, 'heapMb'), 2),
        'MB',
      ),
      figure(
        SECTION,
        'ext.spa.heap.panel',
        `JS heap growth in the panel frame after GC (${round(before[1].heapMb, 1)} MB before)`,
        round(d(1, 'heapMb'), 2),
        'MB',
      ),
      figure(
        SECTION,
        'ext.spa.nodes.page',
        'DOM nodes added in the page over the switches',
        d(0, 'nodes'),
        '',
      ),
      figure(
        SECTION,
        'ext.spa.nodes.panel',
        'DOM nodes added in the panel frame over the switches',
        d(1, 'nodes'),
        '',
        `${titles} title changes recorded`,
      ),
    ];
    if (missed > 0)
      figures.push(
        unavailable(
          SECTION,
          'ext.spa.missed',
          'Switches whose posting never showed in the panel',
          '',
          `${missed} of ${SWITCHES}`,
          'error',
        ),
      );
    return { figures };
  } finally {
    await closeTab(tab);
  }
}
