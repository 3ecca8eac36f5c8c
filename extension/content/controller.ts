import type { Posting } from '../../src/schema/posting.ts';
import {
  CONTENT_SCRIPT_MATCHES,
  jobKey,
  looksLikePostingCheap,
  parsePage,
} from '../core/engine.ts';
import { toBackground } from '../messaging/client.ts';
import { listen } from '../messaging/router.ts';
import type { ContentView } from '../messaging/views.ts';
import { runtime } from '../platform/browser-api.ts';
import { matchesAny } from '../shared/match-pattern.ts';
import { decide, type LookResult } from './decide.ts';
import { contentFingerprint } from './fingerprint.ts';
import { createPanelHost, type PanelHost } from './panel-host.ts';
import { delayBefore } from './schedule.ts';
import { watchUrl } from './url-watch.ts';

function look(): { result: LookResult; posting: Posting | null } {
  const url = location.href;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { result: { key: null, fingerprint: null }, posting: null };
  }
  // The cheap test keeps the full parse off the vast majority of pages.
  if (!looksLikePostingCheap(document, parsed))
    return { result: { key: null, fingerprint: null }, posting: null };
  const posting = parsePage(document, url);
  if (!posting.isPosting) return { result: { key: null, fingerprint: null }, posting: null };
  return {
    result: {
      key: jobKey(url, posting.site, posting.jobId),
      fingerprint: contentFingerprint(posting),
    },
    posting,
  };
}

/**
 * The content script: finds the posting on load and after every SPA navigation, reports it to
 * the background (which scores it; the profile never comes here), and docks the panel.
 */
export function startContent() {
  // The panel page is web-accessible only on the supported career sites.
  const panelAllowed = matchesAny(CONTENT_SCRIPT_MATCHES, location.href);
  let panel: PanelHost | null = null;
  let view: ContentView | null = null;
  let reported: LookResult | undefined;
  let previous: LookResult | undefined;
  let attempt = 0;
  let force = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const render = () => {
    if (!panelAllowed || !view || view.hidden || !reported?.key) {
      panel?.remove();
      return;
    }
    panel ??= createPanelHost(`${runtime.getURL('panel.html')}?tab=${view.tabId}`);
    panel.show(view);
  };

  const stop = () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    unwatch();
    unlisten();
    panel?.remove();
  };

  const step = async () => {
    timer = null;
    if (stopped) return;
    const { result, posting } = look();
    const isLastAttempt = delayBefore(attempt + 1) === null;
    const decision = decide(result, { reported, previous, isLastAttempt, force });
    if (decision.report) {
      force = false;
      reported = result;
      try {
        view = await toBackground('posting/report', { url: location.href, posting });
      } catch (err) {
        // The extension was reloaded or removed: this copy of the script is orphaned.
        if (String(err).includes('context invalidated')) return stop();
        console.warn('[JobLens] report failed', err);
      }
      render();
    }
    if (decision.again) schedule(attempt + 1);
  };

  function schedule(i: number) {
    const delay = delayBefore(i);
    if (delay === null || stopped) return;
    attempt = i;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void step(), delay);
  }

  /** A new document state to look at: after load, a URL change, or "Analyze this page". */
  const restart = (analyze: boolean) => {
    previous = reported;
    force = analyze;
    schedule(0);
  };

  const unwatch = watchUrl(() => restart(false));
  const unlisten = listen('content', {
    'content/panel-view': (next) => {
      view = next;
      render();
      return { done: true as const };
    },
    'content/ping': () => ({ url: location.href, key: reported?.key ?? null }),
  });
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) restart(true);
  });

  restart(false);
  return { analyzeNow: () => restart(true), stop };
}
