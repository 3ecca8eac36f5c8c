import type { Epoch } from '../messaging/parse-messages.ts';
import { decide, type LookResult } from '../shared/decide.ts';
import type { PageParse, ParsedLook } from './engine-api.ts';
import { pageProbe } from './page-probe.ts';

export interface Look extends ParsedLook {
  /** The URL this look is about (the page may have moved on while a parse was under way). */
  href: string;
  /** Nothing posting-like and nothing coming: the schedule may stop (URL changes still count). */
  settled: boolean;
  /** This look ran a full parse (tests and diagnostics). */
  parsed: boolean;
}

export interface LookerDeps {
  doc: Document;
  href(): string;
  /** A supported career site: its adapters know the job URLs, so words alone are not enough. */
  matchedSite: boolean;
  /** The cheap test (gate.ts). */
  mayBePosting(doc: () => Document, url: URL, matchedSite: boolean): boolean;
  /** DOM change counter (page-watch.ts). */
  mutations(): number;
  /** The content script's report state, sent with a parse and checked before a shortcut. */
  epoch(force: boolean): Epoch;
  /** The full look (engine.ts). */
  parse: PageParse;
}

const NONE: LookResult = { key: null, fingerprint: null };

/**
 * One look at the page, as cheap as it can be:
 * - URL and DOM unchanged since the last look: the last answer, no work at all;
 * - no strong hint (and on a supported site, nothing posting-like): no parse;
 * - otherwise a full parse, once per distinct page probe (URL, title, h1, text length).
 * `force` ("Analyze this page", back/forward cache) skips all three shortcuts. A posting
 * found earlier is reused only when it needs no report: only the background, which parses
 * the page again, holds a posting to report. So a look without a parse (`answer` null) that
 * decide() would report always says "no posting". Only the parse is asynchronous; every
 * shortcut answers in this task.
 */
export function createLooker(deps: LookerDeps) {
  let last: { href: string; mutations: number; look: Look } | null = null;
  let parsedProbe: string | null = null;
  let parsedLook: LookResult | null = null;

  const remember = (href: string, mutations: number, look: Look): Look => {
    last = { href, mutations, look };
    return look;
  };
  /** A posting seen before, still good: decide() would not report it again. */
  const reusable = (seen: LookResult): boolean =>
    seen.key === null || !decide(seen, deps.epoch(false)).report;

  return async function look(force: boolean): Promise<Look> {
    const href = deps.href();
    const mutations = deps.mutations();
    if (!force && last && last.href === href && last.mutations === mutations && reusable(last.look))
      return { ...last.look, answer: null, parsed: false };
    const quiet = (settled: boolean): Look =>
      remember(href, mutations, { ...NONE, answer: null, href, settled, parsed: false });
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return quiet(true);
    }
    const { doc } = deps;
    if (!force && !deps.mayBePosting(() => doc, url, deps.matchedSite)) {
      // A supported site's page with nothing posting-like: an article, a blog, a list. Later
      // looks would find the same; a SPA route change restarts the schedule.
      return quiet(deps.matchedSite && doc.readyState !== 'loading');
    }
    const probe = pageProbe(doc, href);
    if (!force && parsedLook && probe === parsedProbe && reusable(parsedLook))
      return remember(href, mutations, {
        ...parsedLook,
        answer: null,
        href,
        settled: false,
        parsed: false,
      });
    const result = await deps.parse(doc, href, deps.epoch(force));
    parsedProbe = probe;
    parsedLook = { key: result.key, fingerprint: result.fingerprint };
    return remember(href, mutations, { ...result, href, settled: false, parsed: true });
  };
}
