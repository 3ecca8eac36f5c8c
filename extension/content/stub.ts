import type { ContentEngine } from './engine-api.ts';
import { type ContentHandle, navigationOf } from './navigation.ts';

/**
 * The manifest's content script on the career sites, as small as it can be, since every such
 * page compiles it; the manifest's job globs (SiteUrl.jobGlobs) decide which of two files runs
 * it. On a job URL (`jobUrl`, content/job.js) it loads content/engine.js at once: an import()
 * of a web-accessible file, which the browser can keep compiled, unlike a 50 KB content
 * script. Elsewhere on the site (content/index.js: a board's index, a search with no job open)
 * only an in-page route can change the answer: it adds one Navigation API listener and
 * nothing else, and loads the engine on the first route change or "Analyze this page".
 * Without the Navigation API (Firefox before 147) only the full boot's observer (boot.ts) sees
 * a route change: it is loaded at once.
 */
export function startStub(
  win: Window,
  load: () => Promise<ContentEngine>,
  jobUrl: boolean,
): ContentHandle {
  // Not even read on a job URL: touching it costs a page its bindings.
  const nav = jobUrl ? undefined : navigationOf(win);
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
  if (nav) nav.addEventListener('currententrychange', onRoute);
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
