import { barPay } from '../../src/format/bar-pay.ts';
import type { Posting } from '../../src/schema/posting.ts';
import type { Profile } from '../../src/schema/profile.ts';
import type { ContentView, TabView } from '../messaging/views.ts';
import { hostOf } from '../shared/match-pattern.ts';
import type { SavedRole } from '../storage/saved-role.ts';
import { type Settings, siteSettings } from '../storage/settings.ts';
import type { TabState } from './tab-states.ts';

export interface TabViewInput {
  tabId: number;
  state: TabState | null;
  /** False when the tab's content script did not answer: what we have is stale. */
  live: boolean;
  saved: SavedRole | null;
  profile: Profile | null;
  settings: Settings;
  notices: number;
}

/** The popup's and panel's view of a tab, assembled from state the background holds. */
export function buildTabView(input: TabViewInput): TabView {
  const { tabId, state, live, profile, settings } = input;
  const usable = live && state !== null;
  const host = usable ? hostOf(state.url) : null;
  const isPosting = usable && state.posting?.isPosting === true;
  return {
    tabId,
    status: !usable ? 'unknown' : isPosting ? 'posting' : 'none',
    url: usable ? state.url : null,
    host,
    key: isPosting ? state.key : null,
    posting: isPosting ? state.posting : null,
    match: isPosting ? state.match : null,
    saved: isPosting ? input.saved : null,
    hasProfile: profile !== null,
    profileLocation: profile?.location ?? null,
    profileTarget: profile?.targetSalary ?? null,
    site: siteSettings(settings, host ?? ''),
    notices: input.notices,
  };
}

/** The panel's view for a content script; `posting`: what the tab shows, for the bar's pay. */
export function buildContentView(
  tabId: number,
  url: string,
  settings: Settings,
  posting: Posting | null,
): ContentView {
  const site = siteSettings(settings, hostOf(url) ?? '');
  const pay = posting?.isPosting ? barPay(posting.salary) : null;
  return { tabId, hidden: site.hidden, collapsed: site.collapsed, pay };
}
