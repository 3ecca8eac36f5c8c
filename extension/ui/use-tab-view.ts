import { useCallback, useEffect, useState } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import type { TabView } from '../messaging/views.ts';
import { onPageChanged } from './page-events.ts';

/** The tab's view from the background, fetched again whenever the background says it changed. */
export function useTabView(tabId: number | null) {
  const [view, setView] = useState<TabView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    if (tabId === null) return;
    try {
      setView(await toBackground('tab/get', { tabId }));
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, [tabId]);

  useEffect(() => {
    void refresh();
    return onPageChanged((c) => {
      if (c.tabId === null || c.tabId === tabId) void refresh();
    });
  }, [refresh, tabId]);

  return { view, error, refresh, setView, setError };
}

/** `?tab=123` on our page URL, or null. */
export function tabIdFromLocation(search: string = location.search): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
