import { hostOf } from '../shared/match-pattern.ts';
import { type Settings, type SitePanelSettings, siteSettings } from '../storage/settings.ts';
import type { BackgroundDeps } from './handlers.ts';
import { buildContentView } from './tab-view.ts';

/**
 * How the panel shows on one host (hidden, collapsed to its bar): stored, then told to every
 * tab on that host, whose content script redraws, and to our pages showing those tabs.
 */
export async function setSitePanel(
  deps: BackgroundDeps,
  host: string,
  change: Partial<SitePanelSettings>,
): Promise<Settings> {
  const settings = await deps.store.updateSettings((s) => {
    const cur = siteSettings(s, host);
    const next = {
      hidden: change.hidden ?? cur.hidden,
      collapsed: change.collapsed ?? cur.collapsed,
    };
    return { ...s, sites: { ...s.sites, [host]: next } };
  });
  for (const state of await deps.tabs.all()) {
    if (hostOf(state.url) !== host) continue;
    await deps
      .tellContent(
        state.tabId,
        buildContentView(state.tabId, state.url, settings, state.posting),
        state.frameId ?? 0,
      )
      .catch(() => undefined);
    await deps.notifyPages(state.tabId, 'tab');
  }
  return settings;
}
