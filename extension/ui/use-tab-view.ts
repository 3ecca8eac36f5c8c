import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { toBackground } from '../messaging/client.ts';
import type { TabView } from '../messaging/views.ts';
import { onPageChanged } from './page-events.ts';

/**
 * Ask for a tab's view as soon as the page's script runs, before the first render, which can
 * then wait for it (first-render.ts) instead of rendering "Reading…" and waiting a frame for
 * its effects to ask.
 */
export function prefetchTabView(tabId: number | null): Promise<TabView> | null {
  return tabId === null ? null : toBackground('tab/get', { tabId });
}

/**
 * The tab's view from the background, fetched again whenever the background says it changed.
 * `first`: the answer prefetchTabView started for this tab, used instead of a second request;
 * `initial`: that answer, when it came before the first render.
 */
export function useTabView(
  tabId: number | null,
  first: Promise<TabView | null> | null = null,
  initial: TabView | null = null,
) {
  const [view, setView] = useState<TabView | null>(initial);
  const [error, setError] = useState<string | null>(null);

  // Answers may come back out of order (a change notice while the first one is on its way):
  // only the latest request's answer is shown.
  const latest = useRef(0);
  const load = useCallback(async (pending: Promise<TabView | null>) => {
    const mine = ++latest.current;
    try {
      const next = await pending;
      if (mine !== latest.current) return;
      setView(next);
      setError(null);
    } catch (err) {
      if (mine === latest.current) setError(err instanceof Error ? err.message : String(err));
    }
  }, []);

  const refresh = useCallback(async () => {
    if (tabId !== null) await load(toBackground('tab/get', { tabId }));
  }, [tabId, load]);

  useEffect(() => {
    void (first ? load(first) : refresh());
    return onPageChanged((c) => {
      if (c.tabId === null || c.tabId === tabId) void refresh();
    });
  }, [refresh, load, first, tabId]);

  // A view set directly (the answer to a save) is newer than any request still on its way.
  const setViewNow = useCallback((next: TabView | null) => {
    latest.current++;
    setView(next);
  }, []);

  return { view, error, refresh, setView: setViewNow, setError };
}

/** `?tab=123` on our page URL, or null. */
export function tabIdFromLocation(search: string = location.search): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
