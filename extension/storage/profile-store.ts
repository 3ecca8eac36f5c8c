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
  /** Set when the profile is not (or could not be) kept in sync storage. */
  notice: z.string().nullable(),
});
export type ProfileState = z.infer<typeof ProfileState>;

const SavedAt = z.number().int().nonnegative();
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
  now(): number;
  setAside(entries: QuarantineEntry[]): Promise<void>;
  log(message: string): void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The profile lives in storage.sync where it can (it is small and follows the user), with a
 * copy in storage.local that is always written, so nothing is lost when sync is missing,
 * disabled or over quota. Reading takes the newer copy. Callers serialise calls (the store's
 * queue).
 */
export function createProfileStore(o: ProfileStoreOptions) {
  /** One area's copy, validated; a bad value is set aside (and removed) like any other. */
  async function readCopy(area: KeyValueArea, label: string): Promise<Copy> {
    const raw = await area.get([KEYS.profile, KEYS.profileSavedAt]);
    const checked = checkValue(label, raw[KEYS.profile], Profile.nullable(), null, o.now());
    if (checked.setAside.length) {
      await o.setAside(checked.setAside);
      await area.remove([KEYS.profile, KEYS.profileSavedAt]);
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

  async function state(): Promise<ProfileState> {
    const local = await readCopy(o.local, KEYS.profile);
    const sync = await readSync();
    if (sync?.profile && (!local.profile || sync.savedAt > local.savedAt)) {
      // Written elsewhere (another browser of the same account): keep a local copy too.
      await o.local.set({ [KEYS.profile]: sync.profile, [KEYS.profileSavedAt]: sync.savedAt });
      return { profile: sync.profile, savedAt: sync.savedAt, storedIn: 'sync', notice: null };
    }
    if (!local.profile) return { profile: null, savedAt: 0, storedIn: 'none', notice: null };
    const inSync = sync?.profile != null && sync.savedAt === local.savedAt;
    return {
      profile: local.profile,
      savedAt: local.savedAt,
      storedIn: inSync ? 'sync' : 'local',
      notice: inSync ? null : sync === null ? NO_SYNC : LOCAL_NEWER,
    };
  }

  async function write(profile: Profile): Promise<ProfileState> {
    const valid = Profile.parse(profile);
    // Strictly increasing, so this write is "newer" than any copy it replaces.
    const previous = Math.max((await state()).savedAt, 0);
    const savedAt = Math.max(o.now(), previous + 1);
    const items = { [KEYS.profile]: valid, [KEYS.profileSavedAt]: savedAt };
    await o.local.set(items);
    if (!o.sync) return { profile: valid, savedAt, storedIn: 'local', notice: NO_SYNC };
    try {
      await o.sync.set(items);
      return { profile: valid, savedAt, storedIn: 'sync', notice: null };
    } catch (err) {
      o.log(`profile kept locally, sync write failed: ${errorText(err)}`);
      return {
        profile: valid,
        savedAt,
        storedIn: 'local',
        notice: `Saved in this browser only: sync storage refused it (${errorText(err)}).`,
      };
    }
  }

  return { state, read: async () => (await state()).profile, write };
}
export type ProfileStore = ReturnType<typeof createProfileStore>;
