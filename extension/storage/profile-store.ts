import { z } from 'zod';
import { Profile } from '../../src/schema/profile.ts';
import { KEYS } from './keys.ts';
import type { KeyValueArea } from './memory-area.ts';
import type { QuarantineEntry } from './quarantine.ts';
import { checkValue } from './validate.ts';

/** Where the profile the user sees was read from, and what they should know about it. */
export const ProfileState = z.object({
  profile: Profile.nullable(),
  savedAt: z.number().nonnegative(),
  storedIn: z.enum(['sync', 'local', 'none']),
  /** The user's choice: also keep a copy in the browser account's sync (off unless asked). */
  syncEnabled: z.boolean(),
  /** Set when sync is on but the profile is not (or could not be) kept there. */
  notice: z.string().nullable(),
});
export type ProfileState = z.infer<typeof ProfileState>;

const SavedAt = z.number().int().nonnegative();
const PROFILE_KEYS = [KEYS.profile, KEYS.profileSavedAt];
const NO_SYNC = 'Sync storage is not available in this browser: your profile is kept here only.';
const LOCAL_NEWER =
  'Your latest profile could not be written to sync storage: it is kept in this browser only.';

interface Copy {
  profile: Profile | null;
  savedAt: number;
}

export interface ProfileStoreOptions {
  local: KeyValueArea;
  /** storage.sync, or null where the browser has none. */
  sync: KeyValueArea | null;
  /** Whether the user opted in to sync (read from the settings, inside the store's queue). */
  syncEnabled(): Promise<boolean>;
  now(): number;
  setAside(entries: QuarantineEntry[]): Promise<void>;
  log(message: string): void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The profile lives in storage.local. Only when the user opts in is a copy also written to
 * storage.sync (which the browser uploads to the vendor's servers); reading then takes the
 * newer copy, so an edit made in another browser of the same account arrives. Callers
 * serialise calls (the store's queue).
 */
export function createProfileStore(o: ProfileStoreOptions) {
  /** One area's copy, validated; a bad value is set aside (and removed) like any other. */
  async function readCopy(area: KeyValueArea, label: string): Promise<Copy> {
    const raw = await area.get(PROFILE_KEYS);
    const checked = checkValue(label, raw[KEYS.profile], Profile.nullable(), null, o.now());
    if (checked.setAside.length) {
      await o.setAside(checked.setAside);
      await area.remove(PROFILE_KEYS);
      return { profile: null, savedAt: 0 };
    }
    const at = SavedAt.safeParse(raw[KEYS.profileSavedAt]);
    return { profile: checked.value, savedAt: at.success ? at.data : 0 };
  }

  async function readSync(): Promise<Copy | null> {
    if (!o.sync) return null;
    try {
      return await readCopy(o.sync, 'sync:profile');
    } catch (err) {
      o.log(`sync profile unreadable: ${errorText(err)}`);
      return null;
    }
  }

  /** A synced copy newer than the local one (written in another browser) becomes the local one. */
  async function adoptNewer(local: Copy, sync: Copy | null): Promise<Copy> {
    if (!sync?.profile || (local.profile && sync.savedAt <= local.savedAt)) return local;
    await o.local.set({ [KEYS.profile]: sync.profile, [KEYS.profileSavedAt]: sync.savedAt });
    return sync;
  }

  async function state(): Promise<ProfileState> {
    const syncEnabled = await o.syncEnabled();
    let local = await readCopy(o.local, KEYS.profile);
    if (!syncEnabled) {
      const storedIn = local.profile ? 'local' : 'none';
      return { ...local, storedIn, syncEnabled, notice: null };
    }
    const sync = await readSync();
    local = await adoptNewer(local, sync);
    if (!local.profile)
      return { profile: null, savedAt: 0, storedIn: 'none', syncEnabled, notice: null };
    const inSync = sync?.profile != null && sync.savedAt === local.savedAt;
    return {
      ...local,
      storedIn: inSync ? 'sync' : 'local',
      syncEnabled,
      notice: inSync ? null : sync === null ? NO_SYNC : LOCAL_NEWER,
    };
  }

  /** Copies the local profile to sync; the notice says why it could not be, or null. */
  async function pushToSync(copy: Copy): Promise<string | null> {
    if (!o.sync) return NO_SYNC;
    if (!copy.profile) return null;
    try {
      await o.sync.set({ [KEYS.profile]: copy.profile, [KEYS.profileSavedAt]: copy.savedAt });
      return null;
    } catch (err) {
      o.log(`profile kept locally, sync write failed: ${errorText(err)}`);
      return `Saved in this browser only: sync storage refused it (${errorText(err)}).`;
    }
  }

  async function write(profile: Profile): Promise<ProfileState> {
    const valid = Profile.parse(profile);
    // Strictly increasing, so this write is "newer" than any copy it replaces.
    const previous = Math.max((await state()).savedAt, 0);
    const savedAt = Math.max(o.now(), previous + 1);
    await o.local.set({ [KEYS.profile]: valid, [KEYS.profileSavedAt]: savedAt });
    const syncEnabled = await o.syncEnabled();
    if (!syncEnabled)
      return { profile: valid, savedAt, storedIn: 'local', syncEnabled, notice: null };
    const notice = await pushToSync({ profile: valid, savedAt });
    return {
      profile: valid,
      savedAt,
      storedIn: notice ? 'local' : 'sync',
      syncEnabled,
      notice,
    };
  }

  /**
   * Take the profile out of sync storage, keeping the newer copy here first, so nothing is
   * lost. Used when the user turns sync off and, once, for profiles an earlier version put
   * there without asking. A sync area that cannot be read or cleared is reported, not fatal.
   */
  async function leaveSync(): Promise<void> {
    if (!o.sync) return;
    await adoptNewer(await readCopy(o.local, KEYS.profile), await readSync());
    try {
      await o.sync.remove(PROFILE_KEYS);
    } catch (err) {
      o.log(`could not clear the profile from sync storage: ${errorText(err)}`);
    }
  }

  /** After the user opted in: the local profile goes to sync too (or the reason it did not). */
  async function joinSync(): Promise<ProfileState> {
    const current = await state();
    const notice = await pushToSync(current);
    return { ...current, storedIn: notice || !current.profile ? current.storedIn : 'sync', notice };
  }

  return { state, read: async () => (await state()).profile, write, leaveSync, joinSync };
}
export type ProfileStore = ReturnType<typeof createProfileStore>;
