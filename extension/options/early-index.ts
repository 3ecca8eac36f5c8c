import { toBackground } from '../messaging/client.ts';
import type { ProfileState } from '../storage/profile-store.ts';
import type { IndexEntry } from '../storage/role-index.ts';
import { settledWithin } from '../ui/first-render.ts';
import { readRoleIndexOrNull } from './load-roles.ts';

/** What the page reads before its components are loaded; null where the page must load it. */
export interface EarlyData {
  /** The saved-roles index, or null: not trustworthy as stored, so the background is asked. */
  roles: IndexEntry[] | null;
  /** The profile, or null when the background failed or did not answer in time. */
  profile: ProfileState | null;
}

/**
 * How long the first render waits for the profile: longer than the popup's and panel's
 * FIRST_RENDER_WAIT_MS, because here rendering without it costs a second render of the whole
 * table when it comes (the rows' pay tier follows the profile's location). A background the
 * browser has to start answers in a few hundred ms; one that takes longer must not keep the
 * page blank.
 */
const PROFILE_WAIT_MS = 1000;

let early: Promise<EarlyData> | null = null;

/**
 * Start reading the saved-roles index and asking for the profile before the rest of the page
 * is loaded and evaluated: storage and the background answer meanwhile. Zod-free on purpose
 * (see main.tsx).
 */
export function startEarlyReads(): void {
  const roles = readRoleIndexOrNull();
  const profile = settledWithin(toBackground('profile/state', {}), PROFILE_WAIT_MS);
  early = Promise.all([roles, profile]).then(([r, p]) => ({ roles: r, profile: p }));
}

/** The early results, once both are in; later loads (after a change) read afresh. */
export function takeEarlyData(): Promise<EarlyData> {
  const data = early ?? Promise.resolve({ roles: null, profile: null });
  early = null;
  return data;
}
