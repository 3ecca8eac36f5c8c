import { useEffect, useState } from 'preact/hooks';
import { tabs } from '../platform/browser-api.ts';
import { webOrigin } from '../shared/match-pattern.ts';

export interface PopupTab {
  tabId: number | null;
  /** The tab's web origin where the browser lets us see it (activeTab, or a granted host). */
  origin: string | null;
  ready: boolean;
}

/**
 * Which tab the popup shows, asked for as soon as its script runs: `popup.html?tab=ID` shows
 * that tab (tests, the demo), otherwise the active tab.
 */
export async function readPopupTab(fromUrl: number | null): Promise<PopupTab> {
  const tab =
    fromUrl !== null
      ? await tabs.get(fromUrl).catch(() => undefined)
      : await tabs.activeTab().catch(() => undefined);
  const tabId = fromUrl ?? tab?.id ?? null;
  return { tabId, origin: tab?.url ? webOrigin(tab.url) : null, ready: true };
}

/** The tab `pending` names; `initial` when it was already known at the first render. */
export function usePopupTab(
  fromUrl: number | null,
  pending: Promise<PopupTab>,
  initial: PopupTab | null,
): PopupTab {
  const [state, setState] = useState<PopupTab>(
    initial ?? { tabId: fromUrl, origin: null, ready: false },
  );
  useEffect(() => {
    let alive = true;
    void pending.then((tab) => {
      if (alive) setState(tab);
    });
    return () => {
      alive = false;
    };
  }, [pending]);
  return state;
}
