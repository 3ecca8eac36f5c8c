import { Profile } from '../../src/schema/profile.ts';
import { KEYS } from './keys.ts';
import type { KeyValueArea } from './memory-area.ts';
import { diffSnapshots, migrate } from './migrations.ts';
import { type Notice, noticesFrom, type QuarantineEntry, quarantineKey } from './quarantine.ts';
import { SavedRole } from './saved-role.ts';
import { patchRole, type RoleInput, type RolePatch, roleFromPosting } from './saved-roles.ts';
import { DEFAULT_SETTINGS, Settings } from './settings.ts';
import { checkRecord, checkValue } from './validate.ts';
import { createWriteQueue } from './write-queue.ts';

export interface StoreOptions {
  now?: () => number;
  log?: (message: string) => void;
  /** Called after a value was set aside, so open pages can show the notice. */
  onSetAside?: () => void;
}

/**
 * The typed, validated view of storage.local. Only the background creates one: it is the only
 * writer, and every operation (reads too, since a bad value read gets set aside) runs through
 * one queue, so concurrent saves from several tabs are applied one after another.
 */
export function createStore(area: KeyValueArea, opts: StoreOptions = {}) {
  const now = opts.now ?? Date.now;
  const log = opts.log ?? (() => undefined);
  const enqueue = createWriteQueue();
  let seq = 0;

  async function setAside(entries: QuarantineEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const items: Record<string, unknown> = {};
    for (const e of entries) {
      items[quarantineKey(e.originalKey, e.at, ++seq)] = e;
      log(`set aside ${e.originalKey}: ${e.reason}`);
    }
    await area.set(items);
    opts.onSetAside?.();
  }

  async function readProfile(): Promise<Profile | null> {
    const raw = (await area.get(KEYS.profile))[KEYS.profile];
    const checked = checkValue(KEYS.profile, raw, Profile.nullable(), null, now());
    if (checked.setAside.length) {
      await setAside(checked.setAside);
      await area.remove(KEYS.profile);
    }
    return checked.value;
  }

  async function readRoles(): Promise<Record<string, SavedRole>> {
    const raw = (await area.get(KEYS.savedRoles))[KEYS.savedRoles];
    const checked = checkRecord(KEYS.savedRoles, raw, SavedRole, (r) => r.key, now());
    if (checked.setAside.length) {
      await setAside(checked.setAside);
      await area.set({ [KEYS.savedRoles]: checked.value });
    }
    return checked.value;
  }

  async function readSettings(): Promise<Settings> {
    const raw = (await area.get(KEYS.settings))[KEYS.settings];
    const checked = checkValue(KEYS.settings, raw, Settings, DEFAULT_SETTINGS, now());
    if (checked.setAside.length) {
      await setAside(checked.setAside);
      await area.set({ [KEYS.settings]: checked.value });
    }
    return checked.value;
  }

  return {
    /** Brings stored data to this build's layout. A failure is reported, data left untouched. */
    init: () =>
      enqueue(async () => {
        const before = await area.get(null);
        const result = migrate(before);
        if (!result.ok) {
          log(`storage not migrated: ${result.reason}`);
          return result;
        }
        const { set, remove } = diffSnapshots(before, result.data);
        if (Object.keys(set).length) await area.set(set);
        if (remove.length) await area.remove(remove);
        if (result.from !== result.to) log(`storage migrated v${result.from} -> v${result.to}`);
        return result;
      }),
    getProfile: () => enqueue(readProfile),
    setProfile: (profile: Profile) =>
      enqueue(async () => {
        await area.set({ [KEYS.profile]: Profile.parse(profile) });
      }),
    getSavedRoles: () => enqueue(readRoles),
    saveRole: (input: RoleInput) =>
      enqueue(async () => {
        const roles = await readRoles();
        const role = roleFromPosting(input, roles[input.key]);
        await area.set({ [KEYS.savedRoles]: { ...roles, [role.key]: role } });
        return role;
      }),
    removeRole: (key: string) =>
      enqueue(async () => {
        const { [key]: gone, ...rest } = await readRoles();
        if (gone) await area.set({ [KEYS.savedRoles]: rest });
        return gone !== undefined;
      }),
    patchRole: (key: string, patch: RolePatch) =>
      enqueue(async () => {
        const roles = await readRoles();
        const role = roles[key];
        if (!role) return null;
        const next = patchRole(role, patch, now());
        await area.set({ [KEYS.savedRoles]: { ...roles, [key]: next } });
        return next;
      }),
    getSettings: () => enqueue(readSettings),
    updateSettings: (change: (s: Settings) => Settings) =>
      enqueue(async () => {
        const next = Settings.parse(change(await readSettings()));
        await area.set({ [KEYS.settings]: next });
        return next;
      }),
    /** Every value is checked first, so the list is complete whichever page asked first. */
    notices: (): Promise<Notice[]> =>
      enqueue(async () => {
        await readProfile();
        await readRoles();
        await readSettings();
        return noticesFrom(await area.get(null));
      }),
    /** The user read the notice and let the set-aside value go. */
    dismissNotice: (id: string) =>
      enqueue(async () => {
        if (noticesFrom(await area.get(id)).length) await area.remove(id);
      }),
  };
}
export type Store = ReturnType<typeof createStore>;
