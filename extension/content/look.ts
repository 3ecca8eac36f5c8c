import type { LookResult } from './decide.ts';
import type { EngineLook } from './engine-api.ts';
import { mayBePosting } from './gate.ts';
import { pageProbe } from './page-probe.ts';

export interface Look extends EngineLook {
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
  /** DOM change counter (page-watch.ts). */
  mutations(): number;
  /** The full parse (engine.ts). */
  parse(doc: Document, url: string): EngineLook;
}

const NONE: LookResult = { key: null, fingerprint: null };

/**
 * One look at the page, as cheap as it can be:
 * - URL and DOM unchanged since the last look: the last answer, no work at all;
 * - no strong hint (and on a supported site, nothing posting-like): no parse;
 * - otherwise a full parse, once per distinct page probe (URL, title, h1, text length).
 * `force` ("Analyze this page", back/forward cache) skips all three shortcuts.
 */
export function createLooker(deps: LookerDeps) {
  let last: { href: string; mutations: number; look: Look } | null = null;
  let parsedProbe: string | null = null;
  let parsedLook: EngineLook | null = null;

  const remember = (href: string, mutations: number, look: Look): Look => {
    last = { href, mutations, look };
    return look;
  };

  return function look(force: boolean): Look {
    const href = deps.href();
    const mutations = deps.mutations();
    if (!force && last && last.href === href && last.mutations === mutations)
      return { ...last.look, parsed: false };
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return remember(href, mutations, { ...NONE, posting: null, settled: true, parsed: false });
    }
    const { doc } = deps;
    if (!force && !mayBePosting(doc, url, deps.matchedSite)) {
      // A supported site's page with nothing posting-like: an article, a blog, a list. Later
      // looks would find the same; a SPA route change restarts the schedule.
      const settled = deps.matchedSite && doc.readyState !== 'loading';
      return remember(href, mutations, { ...NONE, posting: null, settled, parsed: false });
    }
    const probe = pageProbe(doc, href);
    if (!force && parsedLook && probe === parsedProbe)
      return remember(href, mutations, { ...parsedLook, settled: false, parsed: false });
    const result = deps.parse(doc, href);
    parsedProbe = probe;
    parsedLook = result;
    return remember(href, mutations, { ...result, settled: false, parsed: true });
  };
}
