import { onSupportedHost, siteForUrl } from '../core/page-check.ts';
import { installedEngine } from './engine-api.ts';
import { type ContentHandle, navigationOf } from './navigation.ts';

export { type ContentHandle, type NavigationLike, navigationOf } from './navigation.ts';

/**
 * A supported site's page that its URL says is no job (a board's index, a search with no job
 * open): its URL modules know every job URL, so nothing on the page can change that answer,
 * only an in-page route to another URL can. Such a page gets one Navigation API listener and
 * nothing else: no page watch, no timer, not even the full boot's code run (each function's
 * first call costs the page its compile). The full boot (`start`) runs on the first route
 * change (`routed`: the SPA renders the new page after this task) or "Analyze this page".
 * Null: the page needs the full boot now (a job URL, another site, the engine already
 * injected, or no Navigation API, where only the full boot's observer sees a route change).
 */
export function quietStart(
  win: Window,
  start: (routed: boolean) => ContentHandle,
): ContentHandle | null {
  const nav = navigationOf(win);
  const loc = win.location;
  if (!nav || installedEngine() || !onSupportedHost(loc) || siteForUrl(loc)) return null;
  let full: ContentHandle | null = null;
  const wake = (routed: boolean) => {
    nav.removeEventListener('currententrychange', onRoute);
    full ??= start(routed);
    return full;
  };
  const onRoute = () => void wake(true);
  nav.addEventListener('currententrychange', onRoute);
  return {
    analyzeNow: () => wake(false).analyzeNow(),
    stop: () => {
      nav.removeEventListener('currententrychange', onRoute);
      full?.stop();
    },
  };
}
