import {
  BENCH_PAGES,
  type BenchPage,
  type Browsers,
  closeTab,
  openTab,
} from './extension-session.ts';
import { contentScriptCost, startTrace, stopTrace } from './extension-trace.ts';
import { type Figure, figure, unavailable } from './figure.ts';
import { round, sleep } from './stats.ts';

/** The whole look schedule on a page that never becomes a posting (extension/content/schedule.ts). */
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
    'matched (a job board, where postings live); the boot reads the URL and says no',
  'indeed-search':
    'matched (a job path); no job open (no vjk=), the boot reads the URL and says no',
  'indeed-article': 'not in the manifest matches (only Indeed job paths are)',
  'greenhouse-blog': 'not in the manifest matches (only the job-board hosts are)',
  'linkedin-feed': 'not in the manifest matches (only /jobs/ is)',
  'news-site': 'not a matched site',
};

/**
 * Pages that are not postings, over the whole look schedule, opened a little apart. The figure
 * is what a trace attributes to the content script: exactly 0 where it is not injected. (A
 * with − without comparison cannot resolve 1 ms here: a static page varies by a few ms between
 * two loads, more so while the other browser is tracing.)
 */
export async function otherPageFigures(b: Browsers, section: string): Promise<Figure[]> {
  const tracer = await openTab(b.ext.context, null);
  await startTrace(tracer.cdp);
  const tabs = [];
  for (const name of OTHER_PAGES) {
    tabs.push({ name, ext: await openTab(b.ext.context, BENCH_PAGES[name].url) });
    await sleep(1200);
  }
  // The last page opened gets the whole schedule too (the earlier ones get more).
  await sleep(FULL_SCHEDULE_MS);
  const events = await stopTrace(tracer.cdp);
  await closeTab(tracer);
  const out: Figure[] = [];
  for (const t of tabs) {
    const url = BENCH_PAGES[t.name].url;
    const cost = contentScriptCost(events, `${b.ext.origin}/content/`, url);
    const label = `Not a posting: ${t.name} (${new URL(url).host})`;
    const id = `ext.content.other.${t.name}`;
    out.push(
      cost
        ? figure(
            section,
            `${id}.mainThread`,
            `${label}: content-script main-thread time over the ${FULL_SCHEDULE_MS / 1000} s look schedule (trace; evaluating the script: ${round(cost.evaluateMs, 1)} ms)`,
            round(cost.attributedMs, 2),
            'ms',
            OTHER_NOTE[t.name],
          )
        : unavailable(
            section,
            `${id}.mainThread`,
            label,
            'ms',
            'page not found in the trace',
            'error',
          ),
    );
    await closeTab(t.ext);
  }
  return out;
}
