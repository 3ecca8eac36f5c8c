/**
 * Every budget the benchmarks enforce, keyed by figure id. A figure without an entry here is
 * reported for information only. `op` says how the measured value must relate to `max`.
 */
export interface Budget {
  max: number;
  op: '<' | '<=';
  unit: string;
  /** Why this number: what the user would notice if it broke. */
  why: string;
}

const under = (max: number, unit: string, why: string): Budget => ({ max, op: '<', unit, why });
const atMost = (max: number, unit: string, why: string): Budget => ({ max, op: '<=', unit, why });

const TYPICAL = 'a typical 10 KB posting parses in under 1 ms';
const LINEAR = 'cost grows linearly with input size (log-log slope)';
const ONE_MB = 'a 1 MB page (or a hostile one) never stalls the tab';
const TEN_X = '10x the input costs at most 12x the time (a quadratic step costs 100x)';

export const BUDGETS: Readonly<Record<string, Budget>> = {
  'parser.text.typical.median': under(1, 'ms', TYPICAL),
  'parser.html.typical.median': under(1, 'ms', TYPICAL),
  'scaling.text.slope': atMost(1.2, '', LINEAR),
  'scaling.html.slope': atMost(1.2, '', LINEAR),
  'scaling.text.1mb': under(100, 'ms', ONE_MB),
  'scaling.html.1mb': under(100, 'ms', ONE_MB),
  'ext.content.posting.greenhouse.mainThread': under(
    10,
    'ms',
    'the page stays smooth on a posting',
  ),
  'ext.content.posting.jsonld.mainThread': under(10, 'ms', 'the page stays smooth on a posting'),
  'ext.content.other.greenhouse-board.mainThread': under(
    1,
    'ms',
    'pages that are not postings pay nothing',
  ),
  'ext.content.other.indeed-search.mainThread': under(
    1,
    'ms',
    'pages that are not postings pay nothing',
  ),
  'ext.content.other.indeed-article.mainThread': under(
    1,
    'ms',
    'pages that are not postings pay nothing',
  ),
  'ext.content.other.greenhouse-blog.mainThread': under(
    1,
    'ms',
    'pages that are not postings pay nothing',
  ),
  'ext.content.other.linkedin-feed.mainThread': under(
    1,
    'ms',
    'pages that are not postings pay nothing',
  ),
  'ext.content.other.news-site.mainThread': under(
    1,
    'ms',
    'pages that are not postings pay nothing',
  ),
  'ext.spa.listeners.page': atMost(0, '', 'no listener leak over 50 SPA switches'),
  'ext.spa.listeners.panel': atMost(0, '', 'no listener leak over 50 SPA switches'),
  'ext.spa.heap.page': atMost(1, 'MB', 'no memory growth over 50 SPA switches (after GC)'),
  'ext.popup.posting.render': under(100, 'ms', 'the popup feels instant'),
  'ext.popup.noPosting.render': under(100, 'ms', 'the popup feels instant'),
  'ext.options.firstRender': under(300, 'ms', 'saved roles open without a wait'),
  'ext.options.search': under(50, 'ms', 'search keeps up with typing'),
  'ext.bundle.content.gzip': under(60, 'KB', 'every matched page downloads and compiles it'),
};

/**
 * Adversarial 1 MB inputs share the 1 MB budget, every fuzz family's growth the 10x one; their
 * ids are built at run time.
 */
export function budgetFor(id: string): Budget | null {
  if (BUDGETS[id]) return BUDGETS[id];
  if (/^scaling\.adversarial\.[\w-]+\.1mb$/.test(id)) return under(100, 'ms', ONE_MB);
  if (/^scaling\.adversarial\.[\w-]+\.slope$/.test(id)) return atMost(1.2, '', LINEAR);
  if (/^families\.[\w.-]+\.ratio$/.test(id)) return atMost(12, 'x', TEN_X);
  return null;
}

export function withinBudget(value: number, b: Budget): boolean {
  return b.op === '<' ? value < b.max : value <= b.max;
}
