import type { Posting } from '../../src/schema/posting.ts';
import type { From } from '../messaging/check-incoming.ts';
import type { ContentView } from '../messaging/views.ts';
import { takesReport } from './frame-policy.ts';
import type { BackgroundDeps } from './handlers.ts';
import { applyBadge, safeScore } from './rescore.ts';
import type { TabState } from './tab-states.ts';
import { buildContentView } from './tab-view.ts';

type ContentFrom = Extract<From, { kind: 'content' }>;

/**
 * What a content script found at `url` (null: no posting), recorded for its tab: scored
 * against the profile, badged, and told to the open popup and panel. The answer is the
 * panel's view. Both the page's look ('page/look') and a "no posting" report
 * ('posting/none') land here.
 */
export async function recordReport(
  deps: BackgroundDeps,
  from: ContentFrom,
  url: string,
  posting: Posting | null,
): Promise<ContentView> {
  const isPosting = posting?.isPosting === true;
  // One posting per tab: a frame's report (iCIMS) may be kept out (frame-policy.ts).
  if (!(await takesReport(deps, from, isPosting)))
    return {
      ...buildContentView(from.tabId, url, await deps.store.getSettings(), null),
      hidden: true,
    };
  const profile = isPosting ? await deps.store.getProfile() : null;
  const state: TabState = {
    tabId: from.tabId,
    url,
    key: isPosting && posting ? deps.keyFor(url, posting) : null,
    posting: isPosting ? posting : null,
    match: isPosting && posting ? safeScore(deps, profile, posting) : null,
    updatedAt: deps.now(),
    frameId: from.frameId ?? 0,
  };
  await deps.tabs.set(state);
  await applyBadge(deps, state);
  deps.waiters.reported(from.tabId);
  await deps.notifyPages(from.tabId, 'tab');
  return buildContentView(from.tabId, url, await deps.store.getSettings(), state.posting);
}
