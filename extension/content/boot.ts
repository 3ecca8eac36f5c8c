import { onSupportedHost } from '../core/page-check.ts';
import { delayBefore } from '../shared/schedule.ts';
import type { ContentController, ContentEngine } from './engine-api.ts';
import { mayBePosting } from './gate.ts';
import type { ContentHandle } from './navigation.ts';
import { watchPage } from './page-watch.ts';

/** What boot needs from the page (tests pass their own). */
export interface BootEnv {
  doc: Document;
  win: Window;
  loadEngine(): Promise<ContentEngine>;
}

/**
 * The content script past its stub (stub.ts), in content/engine.js: watch the URL, look
 * cheaply (gate.ts), and only when the page may be a posting hand over to the engine's
 * controller. Until then no extension API is touched and nothing is sent: setting up the
 * extension bindings alone costs a page about a millisecond, and a fresh document has nothing
 * of ours to clear (the browser resets the tab's badge on navigation; the background learns the
 * tab moved on when its ping goes unanswered).
 *
 * `analyze`: "Analyze this page" (the background injected the engine with the content script):
 * report whatever a full look finds.
 */
export function fullBoot(env: BootEnv, analyze: boolean): ContentHandle {
  const { win } = env;
  const doc = () => env.doc;
  let controller: ContentController | null = null;
  let loading = false;
  let force = false;
  let matched: boolean | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let seen: { href: string; mutations: number } | null = null;

  // A supported career site: the adapters know its job URLs, the panel may be framed there.
  const matchedSite = () => {
    matched ??= onSupportedHost(win.location);
    return matched;
  };

  const handOver = (analyze: boolean) => {
    force = force || analyze;
    if (loading) return;
    loading = true;
    const site = matchedSite();
    env.loadEngine().then(
      (engine) => {
        controller = engine.start({ watch, matchedSite: site, force, mayBePosting });
      },
      (err: unknown) => {
        loading = false;
        console.warn('[JobLens] cannot load the parser here', err);
      },
    );
  };

  /** Look `i` of the schedule (schedule.ts), until the page may be a posting. */
  const quickLook = (i: number) => {
    timer = null;
    if (loading) return;
    const href = win.location.href;
    // The first look needs no DOM change count (and starts no observer for one).
    const mutations = seen === null ? 0 : watch.mutations();
    if (seen === null || seen.href !== href || seen.mutations !== mutations) {
      seen = { href, mutations };
      // The page's own location: no URL object is built on a page that is not a posting.
      if (mayBePosting(doc, win.location, matchedSite())) return handOver(false);
      // Not a job URL on a supported site: its URL modules know every job URL, so later looks
      // would find the same (a URL change looks again). Elsewhere the page may still be
      // filling in.
      if (matchedSite()) return;
    }
    const delay = delayBefore(i + 1);
    if (delay !== null) timer = setTimeout(() => quickLook(i + 1), delay);
  };

  const restart = () => {
    if (timer !== null) clearTimeout(timer);
    seen = null;
    quickLook(0);
  };
  // A SPA changes the URL before it renders the new page: look when its task is over.
  const urlChanged = () => {
    if (timer !== null) clearTimeout(timer);
    seen = null;
    timer = setTimeout(() => quickLook(0), 0);
  };

  const watch = watchPage(() => (controller ? controller.urlChanged() : urlChanged()), win);
  if (analyze) handOver(true);
  else restart();

  return {
    /** "Analyze this page" (the script injected again): a full look whatever the hints say. */
    analyzeNow: () => (controller ? controller.analyzeNow() : handOver(true)),
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      controller?.stop();
      watch.stop();
    },
  };
}
