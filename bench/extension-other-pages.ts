import {
  BENCH_PAGES,
  type BenchPage,
  type Browsers,
  closeTab,
  openTab,
} from './extension-session.ts';
import { contentScriptCost, startTrace, stopTrace } from './extension-trace.ts';
import { type Figure, figure, unavailable } from './figure.ts';
import { median, round, sleep } from './stats.ts';

/** The whole look schedule on a page that never becomes a posting (extension/shared/schedule.ts). */
const FULL_SCHEDULE_MS = 13_000;

const OTHER_PAGES: BenchPage[] = [
  'greenhouse-board',
  'indeed-search',
  'indeed-article',
  'greenhouse-blog',
  'linkedin-feed',
  'news-site',
];
const OTHER_NOTE: Partial<Record<BenchPage, string>> = {
  'greenhouse-board':
    'a career site (a job board, where postings live), not a job URL (its job globs): nothing asked of the page; the background watches for a route onto a job',
  'indeed-search':
    'a career site, a job search with no job open (no vjk=): not a job URL, nothing asked of the page; the background watches for a route onto a job',
  'indeed-article': 'not a job URL (only Indeed job paths are)',
  'greenhouse-blog': 'not a career-site host (only the job-board hosts are)',
  'linkedin-feed': 'not a job URL (only /jobs/ is)',
  'news-site': 'not a career site',
};

/**
 * Rounds of the whole trace: one trace of a sub-millisecond cost is at the mercy of one GC.
 * Five were too few: the same 1.1 KB stub (which ran on these pages until the seventh session)
 * read 0.53-2.67 ms in one run's rounds, and their median (1.38) was over the budget that the
 * other runs' medians (0.72-0.86) were well under.
 */
const ROUNDS = 9;

/** One round: the pages opened a little apart under one trace, each given the whole schedule. */
async function traceRound(b: Browsers): Promise<Map<BenchPage, number | null>> {
  const tracer = await openTab(b.ext.context, null);
  await startTrace(tracer.cdp);
  // Tracing starts in every process at once: let that settle before the first page loads.
  await sleep(1200);
  const tabs = [];
  for (const name of OTHER_PAGES) {
    tabs.push({ name, ext: await openTab(b.ext.context, BENCH_PAGES[name].url) });
    await sleep(1200);
  }
  // The last page opened gets the whole schedule too (the earlier ones get more).
  await sleep(FULL_SCHEDULE_MS);
  const events = await stopTrace(tracer.cdp);
  await closeTab(tracer);
  const out = new Map<BenchPage, number | null>();
  for (const t of tabs) {
    const cost = contentScriptCost(events, `${b.ext.origin}/content/`, BENCH_PAGES[t.name].url);
    out.set(t.name, cost ? cost.attributedMs : null);
    await closeTab(t.ext);
  }
  return out;
}

/**
 * Pages that are not postings, over the whole look schedule. The figure is what a trace
 * attributes to the content script, median of ROUNDS rounds: exactly 0 where it is not
 * injected. (A with − without comparison cannot resolve 1 ms here: a static page varies by a
 * few ms between two loads, more so while the other browser is tracing.)
 */
export async function otherPageFigures(b: Browsers, section: string): Promise<Figure[]> {
  const rounds: Array<Map<BenchPage, number | null>> = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await traceRound(b));
  return OTHER_PAGES.map((name) => {
    const url = BENCH_PAGES[name].url;
    const label = `Not a posting: ${name} (${new URL(url).host})`;
    const id = `ext.content.other.${name}`;
    const runs = rounds.map((r) => r.get(name)).filter((v): v is number => typeof v === 'number');
    if (runs.length < ROUNDS)
      return unavailable(
        section,
        `${id}.mainThread`,
        label,
        'ms',
        'page not found in the trace',
        'error',
      );
    return figure(
      section,
      `${id}.mainThread`,
      `${label}: main-thread time the trace attributes to us (injections, content scripts) over the ${FULL_SCHEDULE_MS / 1000} s look schedule (trace, median of ${ROUNDS} rounds: ${runs.map((v) => round(v, 2)).join(', ')})`,
      round(median(runs), 2),
      'ms',
      OTHER_NOTE[name],
    );
  });
}
