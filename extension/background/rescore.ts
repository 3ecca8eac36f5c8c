import type { Match } from '../../src/schema/match.ts';
import type { Posting } from '../../src/schema/posting.ts';
import type { Profile } from '../../src/schema/profile.ts';
import { postingFromRole } from '../storage/role-posting.ts';
import type { SavedMatch, SavedRole } from '../storage/saved-role.ts';
import { matchSummary } from '../storage/saved-roles.ts';
import { badgeFor } from './badge.ts';
import type { BackgroundDeps } from './handlers.ts';
import type { TabState } from './tab-states.ts';

export function safeScore(
  deps: BackgroundDeps,
  profile: Profile | null,
  posting: Posting,
): Match | null {
  if (!profile) return null;
  try {
    return deps.score(profile, posting);
  } catch (err) {
    deps.log(`scoring failed: ${String(err)}`);
    return null;
  }
}

export async function applyBadge(deps: BackgroundDeps, state: TabState): Promise<void> {
  try {
    await deps.setBadge(state.tabId, badgeFor(state.posting?.isPosting === true, state.match));
  } catch (err) {
    deps.log(`badge for tab ${state.tabId}: ${String(err)}`);
  }
}

/** A new profile changes every open tab's score. */
export async function rescoreAll(deps: BackgroundDeps, profile: Profile | null): Promise<void> {
  for (const state of await deps.tabs.all()) {
    if (!state.posting?.isPosting) continue;
    const next = {
      ...state,
      match: safeScore(deps, profile, state.posting),
      updatedAt: deps.now(),
    };
    await deps.tabs.set(next);
    await applyBadge(deps, next);
    await deps.notifyPages(state.tabId, 'tab');
  }
}

/** A saved role's score under a profile; without a profile the old score stays. */
export function savedMatch(
  deps: BackgroundDeps,
  role: SavedRole,
  profile: Profile | null,
): SavedMatch | null {
  const match = safeScore(deps, profile, postingFromRole(role));
  return match ? { score: match.score, summary: matchSummary(match) } : role.match;
}

/**
 * Score every saved role again, through the store's queue, in one write. Not awaited by the
 * caller: the user's confirmation does not wait for ten thousand scores. Pages are told when
 * scores changed.
 */
export function rescoreSaved(deps: BackgroundDeps): Promise<void> {
  return deps.store
    .rescoreRoles((role, profile) => savedMatch(deps, role, profile))
    .then(async (changed) => {
      if (changed > 0) await deps.notifyPages(null, 'roles');
    })
    .catch((err) => deps.log(`rescoring saved roles failed: ${String(err)}`));
}
