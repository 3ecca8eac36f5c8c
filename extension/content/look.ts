import type { LookResult } from './decide.ts';
import type { EngineLook, PageParse } from './engine-api.ts';
import { pageProbe } from './page-probe.ts';

export interface Look extends EngineLook {
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
  /** The full parse (engine.ts). */
  parse: PageParse;
}

const NONE: LookResult = { key: null, fingerprint: null };

/**
 * One look at the page, as cheap as it can be:
 * - URL and DOM unchanged since the last look: the last answer, no work at all;
 * - no strong hint (and on a supported site, nothing posting-like): no parse;
 * - otherwise a full parse, once per distinct page probe (URL, title, h1, text length).
 * `force` ("Analyze this page", back/forward cache) skips all three shortcuts. Only the parse
 * is asynchronous (the background builds the posting); every shortcut answers in this task.
 */
export function createLooker(deps: LookerDeps) {
  let last: { href: string; mutations: number; look: Look } | null = null;
  let parsedProbe: string | null = null;
  let parsedLook: EngineLook | null = null;

  const remember = (href: string, mutations: number, look: Look): Look => {
    last = { href, mutations, look };
    return look;
  };

  return async function look(force: boolean): Promise<Look> {
    const href = deps.href();
    const mutations = deps.mutations();
    if (!force && last && last.href === href && last.mutations === mutations)
      return { ...last.look, parsed: false };
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return remember(href, mutations, {
        ...NONE,
        href,
        posting: null,
        settled: true,
        parsed: false,
      });
    }
    const { doc } = deps;
    if (!force && !deps.mayBePosting(() => doc, url, deps.matchedSite)) {
      // A supported site's page with nothing posting-like: an article, a blog, a list. Later
      // looks would find the same; a SPA route change restarts the schedule.
      const settled = deps.matchedSite && doc.readyState !== 'loading';
      return remember(href, mutations, { ...NONE, href, posting: null, settled, parsed: false });
    }
    const probe = pageProbe(doc, href);
    if (!force && parsedLook && probe === parsedProbe)
      return remember(href, mutations, { ...parsedLook, href, settled: false, parsed: false });
    const result = await deps.parse(doc, href);
    parsedProbe = probe;
    parsedLook = result;
    return remember(href, mutations, { ...result, href, settled: false, parsed: true });
  };
}
