import type { Posting } from '../../src/schema/posting.ts';
import { toBackground } from '../messaging/client.ts';
import { listenAsContent } from '../messaging/content-listener.ts';
import type { ContentView } from '../messaging/views.ts';
import { runtime } from '../platform/browser-api.ts';
import { decide, type LookResult } from './decide.ts';
import type { ContentController, ControllerOptions, PageParse } from './engine-api.ts';
import { createLooker } from './look.ts';
import { createPanelHost, type PanelHost } from './panel-host.ts';
import { delayBefore } from './schedule.ts';

const warn = (m: string, err: unknown) => console.warn(`[JobLens] ${m}`, err);

/**
 * The content script once the page may be a posting (it runs inside content/engine.js):
 * finds the posting now and after every SPA navigation, reports it to the background (which
 * scores it; the profile never comes here), and docks the panel. Parses only when the page
 * changed (look.ts); "no posting" is said only where something was said before.
 */
export function startController(options: ControllerOptions, parse: PageParse): ContentController {
  const { watch, matchedSite } = options;
  let panel: PanelHost | null = null;
  let view: ContentView | null = null;
  let reported: LookResult | undefined;
  let previous: LookResult | undefined;
  let attempt = 0;
  let force = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let unlisten: (() => void) | null = null;
  /** A look under way (its parse waits for the background), and whether another was asked for. */
  let looking = false;
  let again = false;

  const render = () => {
    // The panel page is web-accessible only on the supported career sites.
    if (!matchedSite || !view || view.hidden || !reported?.key) {
      panel?.remove();
      return;
    }
    panel ??= createPanelHost(`${runtime.getURL('panel.html')}?tab=${view.tabId}`, open);
    panel.show(view);
  };

  /** The bar's Open button: open at once, then let the background remember it for the site. */
  function open() {
    if (!view || stopped) return;
    view = { ...view, collapsed: false };
    render();
    toBackground('content/open-panel', { url: location.href }).then(
      (next) => {
        if (stopped) return;
        view = next;
        render();
      },
      (err: unknown) => warn('could not open the panel for the site', err),
    );
  }

  const stop = () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    watch.stop();
    unlisten?.();
    panel?.remove();
  };

  /** From the first report on, the background may ask (ping) and tell (panel view). */
  const connect = () => {
    unlisten ??= listenAsContent({
      'content/panel-view': (next) => {
        view = next;
        render();
        return { done: true as const };
      },
      'content/ping': () => ({ url: location.href, key: reported?.key ?? null }),
    });
  };

  const orphaned = (err: unknown) => String(err).includes('context invalidated');

  const report = async (
    url: string,
    result: LookResult,
    posting: Posting | null,
    forced: boolean,
  ) => {
    reported = result;
    // "No posting" in a document that never reported anything: nothing to take back (the
    // browser resets the tab's badge on navigation; no panel was docked).
    if (result.key === null && unlisten === null && !forced) return;
    connect();
    try {
      view = await toBackground('posting/report', { url, posting });
    } catch (err) {
      // The extension was reloaded or removed: this copy of the script is orphaned.
      if (orphaned(err)) return stop();
      warn('report failed', err);
    }
    render();
  };

  const look = createLooker({
    doc: document,
    href: () => location.href,
    matchedSite,
    mayBePosting: options.mayBePosting,
    mutations: watch.mutations,
    parse,
  });

  const lookOnce = async () => {
    const forced = force;
    force = false;
    let seen: Awaited<ReturnType<typeof look>>;
    try {
      seen = await look(forced);
    } catch (err) {
      if (orphaned(err)) return stop();
      warn('look failed', err);
      return;
    }
    // The page moved on while the background built the posting: a newer look is on its way.
    if (stopped || seen.href !== location.href) return;
    const isLastAttempt = seen.settled || delayBefore(attempt + 1) === null;
    const decision = decide(seen, { reported, previous, isLastAttempt, force: forced });
    if (decision.report)
      void report(
        seen.href,
        { key: seen.key, fingerprint: seen.fingerprint },
        seen.posting,
        forced,
      );
    if (decision.again && !seen.settled) schedule(attempt + 1);
  };

  /** One look at a time: a look asked for while one is under way runs when it is done. */
  const step = () => {
    timer = null;
    if (stopped) return;
    if (looking) {
      again = true;
      return;
    }
    looking = true;
    void lookOnce().finally(() => {
      looking = false;
      if (again) {
        again = false;
        step();
      }
    });
  };

  /** `now`: look in this task (the DOM is complete), else in the next one at the earliest. */
  function schedule(i: number, now = false) {
    const delay = delayBefore(i);
    if (delay === null || stopped) return;
    attempt = i;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (now && delay === 0) step();
    else timer = setTimeout(step, delay);
  }

  /**
   * A new document state to look at: a URL change, "Analyze this page", bfcache. A SPA
   * changes the URL (the Navigation API tells us synchronously, inside its pushState) and
   * only then renders the new job: the first look waits for the task to end.
   */
  const restart = (analyze: boolean, now = false) => {
    previous = reported;
    force = force || analyze;
    schedule(0, now);
  };

  window.addEventListener('pageshow', (e) => {
    if (e.persisted) restart(true);
  });
  // Handed over from boot.ts, which just looked at a complete DOM: go on in this task.
  restart(options.force, true);
  return { analyzeNow: () => restart(true), urlChanged: () => restart(false), stop };
}
