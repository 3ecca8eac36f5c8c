import { activeTabId, type ExtensionSession } from '../e2e/support/chromium.ts';
import {
  BENCH_PAGES,
  type Browsers,
  closeTab,
  openTab,
  pageTiming,
  recorded,
  waitReported,
} from './extension-session.ts';
import { type Figure, figure, type SectionResult, unavailable } from './figure.ts';
import { median, round, sleep } from './stats.ts';

const SECTION = 'Extension: popup';
const OPENS = 10;

/**
 * Opens popup.html?tab=ID as a page, as often as OPENS, and returns the time from navigation
 * start to the first meaningful element (the score, or "No posting detected") in ms.
 */
interface Open {
  render: number;
  /** Popup scripts fetched and evaluated (DOMContentLoaded end). */
  dcl: number;
}

async function popupRender(
  s: ExtensionSession,
  tabId: number,
  mark: 'score' | 'noPosting',
): Promise<Open[] | string> {
  const out: Open[] = [];
  for (let i = 0; i < OPENS; i++) {
    const tab = await openTab(s.context, `${s.origin}/popup.html?tab=${tabId}`);
    try {
      let at: number | null = null;
      for (let w = 0; w < 200 && at === null; w++) {
        at = await recorded<number>(tab.page, `marks.${mark}`);
        if (at === null) await sleep(25);
      }
      if (at === null)
        return `the popup never showed ${mark === 'score' ? 'a score' : '"No posting detected"'}`;
      const timing = await pageTiming(tab.page);
      out.push({ render: at - timing.origin, dcl: timing.dcl });
    } finally {
      await closeTab(tab);
    }
  }
  return out;
}

function toFigures(id: string, label: string, r: Open[] | string): Figure[] {
  if (typeof r === 'string') return [unavailable(SECTION, id, label, 'ms', r, 'error')];
  const render = r.map((o) => o.render);
  return [
    figure(
      SECTION,
      id,
      `${label} (median of ${r.length} opens; first open ${round(render[0] ?? 0, 1)} ms)`,
      round(median(render), 1),
      'ms',
    ),
    figure(
      SECTION,
      id.replace(/\.render$/, '.scriptsLoaded'),
      '… of which: popup scripts loaded and evaluated (DOMContentLoaded end)',
      round(median(r.map((o) => o.dcl)), 1),
      'ms',
    ),
  ];
}

export async function runPopup(b: Browsers): Promise<SectionResult> {
  const posting = await openTab(b.ext.context, BENCH_PAGES.greenhouse.url);
  const other = await openTab(b.ext.context, BENCH_PAGES['news-site'].url);
  try {
    if (!(await waitReported(b.ext, BENCH_PAGES.greenhouse.url, 0)))
      throw new Error('no posting reported on the posting page');
    const postingTab = await activeTabId(b.ext, posting.page);
    const otherTab = await activeTabId(b.ext, other.page);
    const withScore = await popupRender(b.ext, postingTab, 'score');
    const none = await popupRender(b.ext, otherTab, 'noPosting');
    return {
      figures: [
        ...toFigures(
          'ext.popup.posting.render',
          'Popup on a posting: navigation start → match score rendered',
          withScore,
        ),
        ...toFigures(
          'ext.popup.noPosting.render',
          'Popup on a page that is not a posting: navigation start → "No posting detected"',
          none,
        ),
      ],
    };
  } finally {
    await Promise.all([closeTab(posting), closeTab(other)]);
  }
}
