import { toBackground } from '../messaging/client.ts';
import { storage } from '../platform/browser-api.ts';
import type { ProfileState } from '../storage/profile-store.ts';
import type { IndexEntry } from '../storage/role-index.ts';
import { readIndexDirect } from './read-index.ts';

/** What the page reads before its components are loaded; null where the page must load it. */
export interface EarlyData {
  /** The saved-roles index, or null: not trustworthy as stored, so the background is asked. */
  roles: IndexEntry[] | null;
  /** The profile, or null when the background failed or did not answer in time. */
  profile: ProfileState | null;
}

/**
 * How long the first render waits for the profile. The background answers in milliseconds
 * when it is running and in a few hundred when the browser has to start it; one that takes
 * longer must not keep the whole page blank.
 */
const PROFILE_WAIT_MS = 1000;

let early: Promise<EarlyData> | null = null;

const settle = <T>(p: Promise<T>, what: string): Promise<T | null> =>
  p.catch((err: unknown) => {
    console.warn(`[JobLens] ${what} failed; the page loads it itself`, err);
    return null;
  });

/**
 * Start reading the saved-roles index and asking for the profile before the rest of the page
 * is loaded and evaluated: storage and the background answer meanwhile. Zod-free on purpose
 * (see main.tsx).
 */
export function startEarlyReads(): void {
  const roles = settle(readIndexDirect(storage.local()), 'reading the saved-roles index');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const profile = Promise.race([
    settle(toBackground('profile/state', {}), 'asking for the profile'),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), PROFILE_WAIT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  early = Promise.all([roles, profile]).then(([r, p]) => ({ roles: r, profile: p }));
}

/** The early results, once both are in; later loads (after a change) read afresh. */
export function takeEarlyData(): Promise<EarlyData> {
  const data = early ?? Promise.resolve({ roles: null, profile: null });
  early = null;
  return data;
}
