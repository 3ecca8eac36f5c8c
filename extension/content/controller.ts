import { toBackground } from '../messaging/client.ts';
import { listenAsContent } from '../messaging/content-listener.ts';
import type { ContentView } from '../messaging/views.ts';
import { runtime } from '../platform/browser-api.ts';
import { decide, type LookResult } from '../shared/decide.ts';
import { delayBefore } from '../shared/schedule.ts';
import type { ContentController, ControllerOptions, PageParse } from './engine-api.ts';
import { createLooker } from './look.ts';
import { createPanelHost, type PanelHost } from './panel-host.ts';

const warn = (m: string, err: unknown) => console.warn(`[JobLens] ${m}`, err);

/**
 * The content script once the page may be a posting (it runs inside content/engine.js):
 * looks for the posting now and after every SPA navigation, and docks the panel. A look that
 * parses sends the page to the background, which parses it, decides by the same policy
 * (decide.ts) and records the report in one round trip (the profile never comes here); a look
 * that does not decides here. Parses only when the page changed (look.ts); "no posting" is
 * said only where something was said before.
 */
export function startController(options: ControllerOptions, parse: PageParse): ContentController {
  const { watch, matchedSite } = options;
  let panel: PanelHost | null = null;
  let view: ContentView | null = null;
  let reported: LookResult | undefined;
  let previous: LookResult | undefined;
  /** Something was recorded for this document: a later "no posting" must be said. */
  let spoke = false;
  let attempt = 0;
  let force = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let unlisten: (() => void) | null = null;
  /** A look under way (its parse waits for the background), and whether another was asked for. */
  let looking = false;
  let again = false;
  /** The last parse found a shell whose job has not rendered: look on, whatever it showed. */
  let shell = false;

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

  /** "No posting", found without a parse (a page that moved off its job, an empty document). */
  const reportNone = async (url: string) => {
    reported = { key: null, fingerprint: null };
    connect();
    try {
      view = await toBackground('posting/none', { url });
      spoke = true;
    } catch (err) {
      // The extension was reloaded or removed: this copy of the script is orphaned.
      if (orphaned(err)) return stop();
      warn('report failed', err);
    }
    render();
  };

  /** decide()'s state, as the background needs it with a parse. */
  const epoch = (forced: boolean) => ({
    ...(reported ? { reported } : {}),
    ...(previous ? { previous } : {}),
    isLastAttempt: delayBefore(attempt + 1) === null,
    force: forced,
    silent: !spoke,
  });

  const look = createLooker({
    doc: document,
    href: () => location.href,
    matchedSite,
    mayBePosting: options.mayBePosting,
    mutations: watch.mutations,
    epoch,
    // From the first parse on, the background may record a report for this page, and then
    // ask (ping) and tell (panel view).
    parse: (doc, url, state) => {
      connect();
      return parse(doc, url, state);
    },
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
    if (stopped) return;
    const { answer } = seen;
    if (answer) {
      shell = answer.pending;
      // The background parsed, decided and (view) recorded: true even if the page has moved
      // on since, so the next look compares with what the tab shows.
      if (answer.report) reported = { key: seen.key, fingerprint: seen.fingerprint };
      if (answer.view) {
        spoke = true;
        view = answer.view;
        render();
      }
    }
    // The page moved on while the background read it: a newer look is on its way.
    if (seen.href !== location.href) return;
    const isLastAttempt = seen.settled || delayBefore(attempt + 1) === null;
    const decision = answer ?? decide(seen, { ...epoch(forced), isLastAttempt });
    // Without a parse, only "no posting" is ever reported (look.ts).
    if (!answer && decision.report && seen.key === null) void reportNone(seen.href);
    const lookOn = decision.again || (shell && !isLastAttempt);
    if (lookOn && !seen.settled) schedule(attempt + 1);
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
    shell = false;
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
