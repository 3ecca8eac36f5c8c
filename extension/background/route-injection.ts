import { CONTENT_SCRIPT_MATCHES, siteForUrl } from '../core/engine.ts';
import { matchesAny } from '../shared/match-pattern.ts';

/**
 * Where the manifest's stub runs (manifest.config.ts contentScripts): a career site's content
 * patterns and one of its job URLs. Never throws.
 */
export function isJobUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return matchesAny(CONTENT_SCRIPT_MATCHES, parsed) && siteForUrl(parsed) !== null;
}

export interface RouteInjectionDeps {
  isJobUrl(url: string): boolean;
  /** Whether a content script of ours runs in the tab's top frame. */
  hasContent(tabId: number): Promise<boolean>;
  /** The engine into the tab's top frame; it boots itself. */
  inject(tabId: number): Promise<void>;
  log(m: string): void;
}

/**
 * The content script runs only on a career site's job URLs (the manifest), so a site's other
 * pages (a board, a search with no job open) cost nothing. When such a page routes in-page to
 * a job (a SPA: no new document, so no manifest script), the browser still reports the tab
 * 'complete' at the new URL: then, if nothing of ours answers in the page, the engine goes in.
 *
 * Only a move onto a job URL is checked: from one job URL to the next the running script
 * follows the route itself (a page changing its URL 100 times a second costs it nothing here),
 * and a full load of a job URL brings the manifest's stub, which the check then finds. One
 * check per tab at a time.
 */
export function createRouteInjection(deps: RouteInjectionDeps) {
  const atJob = new Map<number, boolean>();
  const checking = new Set<number>();

  async function check(tabId: number): Promise<void> {
    checking.add(tabId);
    try {
      if (!(await deps.hasContent(tabId))) await deps.inject(tabId);
    } catch (e) {
      // A tab closed or navigated meanwhile, an error page, site access the user withheld.
      deps.log(`route to a job in tab ${tabId}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      checking.delete(tabId);
    }
  }

  return {
    /** The tab finished a load or an in-page route at `url` (null: a site we cannot see). */
    loaded(tabId: number, url: string | null): Promise<void> {
      const job = url !== null && deps.isJobUrl(url);
      const wasJob = atJob.get(tabId) ?? false;
      atJob.set(tabId, job);
      if (!job || wasJob || checking.has(tabId)) return Promise.resolve();
      return check(tabId);
    },
    forget(tabId: number): void {
      atJob.delete(tabId);
    },
  };
}
