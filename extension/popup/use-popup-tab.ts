import { useEffect, useState } from 'preact/hooks';
import { tabs } from '../platform/browser-api.ts';
import { webOrigin } from '../shared/match-pattern.ts';
import { tabIdFromLocation } from '../ui/use-tab-view.ts';

export interface PopupTab {
  tabId: number | null;
  /** The tab's web origin where the browser lets us see it (activeTab, or a granted host). */
  origin: string | null;
  ready: boolean;
}

/** `popup.html?tab=ID` shows that tab (tests, the demo); otherwise the active tab. */
export function usePopupTab(): PopupTab {
  const [state, setState] = useState<PopupTab>({
    tabId: tabIdFromLocation(),
    origin: null,
    ready: false,
  });
  useEffect(() => {
    let alive = true;
    (async () => {
      const fromUrl = tabIdFromLocation();
      const tab =
        fromUrl !== null ? await tabs.get(fromUrl).catch(() => undefined) : await tabs.activeTab();
      const tabId = fromUrl ?? tab?.id ?? null;
      if (alive) setState({ tabId, origin: tab?.url ? webOrigin(tab.url) : null, ready: true });
    })();
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
