import { type ContentEngine, installedEngine } from './engine-api.ts';
import { mayBeJobUrl, onSiteHost } from './job-url-hint.ts';
import { type ContentHandle, navigationOf } from './navigation.ts';

/**
 * The manifest's content script, as small as it can be: every matched page compiles it. A
 * supported site's page that its URL says is no job (a board's index, a search with no job
 * open) gets one Navigation API listener and nothing else (its URL modules know every job
 * URL, so only an in-page route can change the answer). Everywhere else, and on the first
 * route change or "Analyze this page", it loads content/engine.js, which carries the full boot
 * (boot.ts) with the parser, so a job page pays one load. Without the Navigation API (Firefox
 * before 147) only the full boot's observer sees a route change: it is loaded at once.
 */
export function startStub(
  win: Window,
  load: (webAccessible: boolean) => Promise<ContentEngine>,
): ContentHandle {
  // Injected after the engine ("Analyze this page" on a page we did not run on).
  const ready = installedEngine();
  if (ready) return ready.boot(false, true);
  const nav = navigationOf(win);
  const site = onSiteHost(win.location);
  let full: ContentHandle | null = null;
  let loading = false;
  let analyze = false;
  let stopped = false;
  const wake = (routed: boolean) => {
    nav?.removeEventListener('currententrychange', onRoute);
    if (loading) return;
    loading = true;
    load(site).then(
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
  if (nav && site && !mayBeJobUrl(win.location))
    nav.addEventListener('currententrychange', onRoute);
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
