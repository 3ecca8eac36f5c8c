import type { ContentEngine } from './engine-api.ts';
import type { ContentHandle } from './navigation.ts';

/**
 * The manifest's content script (content/job.js), as small as it can be: it runs in the
 * frames of a frame site's job URLs only (iCIMS; the manifest's include_globs, SiteUrl.jobGlobs)
 * and loads content/engine.js at once, an import() of a web-accessible file, which the browser
 * can keep compiled. Every other career site runs no content script on a load: the background
 * reads its job pages in the page's own world (background/page-looks.ts).
 */
export function startStub(load: () => Promise<ContentEngine>): ContentHandle {
  let full: ContentHandle | null = null;
  let loading = false;
  let analyze = false;
  let stopped = false;
  const wake = () => {
    if (loading) return;
    loading = true;
    load().then(
      (engine) => {
        if (stopped) return;
        full = engine.boot(analyze);
      },
      (err: unknown) => {
        loading = false;
        console.warn('[JobLens] cannot load the parser here', err);
      },
    );
  };
  wake();
  return {
    analyzeNow: () => {
      if (full) return full.analyzeNow();
      analyze = true;
      wake();
    },
    stop: () => {
      stopped = true;
      full?.stop();
    },
  };
}
