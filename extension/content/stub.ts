import type { ContentEngine } from './engine-api.ts';
import { mayBeJobUrl } from './job-url-hint.ts';
import { type ContentHandle, navigationOf } from './navigation.ts';

/**
 * The manifest's content script, as small as it can be: every matched page compiles it, and
 * the manifest only matches the supported career sites. A page there that its URL says is no
 * job (a board's index, a search with no job open) gets one Navigation API listener and
 * nothing else: the sites' URL modules know every job URL, so only an in-page route can change
 * the answer. Everywhere else, and on the first route change or "Analyze this page", it loads
 * content/engine.js, which carries the full boot (boot.ts) with the page readers, so a job page
 * pays one load. Without the Navigation API (Firefox before 147) only the full boot's observer
 * sees a route change: it is loaded at once. Other sites ("Always run", "Analyze this page")
 * get content/engine.js itself, which boots without this file.
 */
export function startStub(win: Window, load: () => Promise<ContentEngine>): ContentHandle {
  const nav = navigationOf(win);
  let full: ContentHandle | null = null;
  let loading = false;
  let analyze = false;
  let stopped = false;
  const wake = (routed: boolean) => {
    nav?.removeEventListener('currententrychange', onRoute);
    if (loading) return;
    loading = true;
    load().then(
      (engine) => {
        if (stopped) return;
        full = engine.boot(routed, analyze);
      },
      (err: unknown) => {
        loading = false;
        console.warn('[JobLens] cannot load the parser here', err);
      },
    );
  };
  const onRoute = () => wake(true);
  if (nav && !mayBeJobUrl(win.location)) nav.addEventListener('currententrychange', onRoute);
  else wake(false);
  return {
    analyzeNow: () => {
      if (full) return full.analyzeNow();
      analyze = true;
      wake(false);
    },
    stop: () => {
      stopped = true;
      nav?.removeEventListener('currententrychange', onRoute);
      full?.stop();
    },
  };
}
