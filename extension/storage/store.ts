import type { Profile } from '../../src/schema/profile.ts';
import { createBurstQueue } from './burst-queue.ts';
import { KEYS } from './keys.ts';
import type { KeyValueArea } from './memory-area.ts';
import { diffSnapshots, migrate } from './migrations.ts';
import { createProfileStore } from './profile-store.ts';
import {
  isQuarantineKey,
  type Notice,
  noticesFrom,
  type QuarantineEntry,
  quarantineKey,
} from './quarantine.ts';
import { explainQuota } from './quota.ts';
import { createRoleOps } from './role-ops.ts';
import { SavedRole } from './saved-role.ts';
import { patchRole, type RoleInput, type RolePatch, roleFromPosting } from './saved-roles.ts';
import { DEFAULT_SETTINGS, Settings } from './settings.ts';
import { checkRecord, checkValue } from './validate.ts';
import { versionNotice } from './version-check.ts';

export interface StoreOptions {
  now?: () => number;
  log?: (message: string) => void;
  /** Called after a value was set aside, so open pages can show the notice. */
  onSetAside?: () => void;
  /** storage.sync for the profile, where the browser has it. */
  sync?: KeyValueArea | null;
}

/**
 * The typed, validated view of storage.local. Only the background creates one: it is the only
 * writer, and every operation (reads too, since a bad value read gets set aside) runs through
 * one queue, so concurrent saves from several tabs are applied one after another.
 */
export function createStore(storageArea: KeyValueArea, opts: StoreOptions = {}) {
  // A write that does not fit fails whole, with a message the user can act on.
  const area = explainQuota(storageArea);
  const now = opts.now ?? Date.now;
  const log = opts.log ?? (() => undefined);
  const { enqueue, memo } = createBurstQueue();
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

  const profiles = createProfileStore({ local: area, sync: opts.sync ?? null, now, setAside, log });
  const readProfile = profiles.read;

  async function readRoles(): Promise<Record<string, SavedRole>> {
    const known = memo.get(KEYS.savedRoles) as Record<string, SavedRole> | undefined;
    if (known) return known;
    const raw = (await area.get(KEYS.savedRoles))[KEYS.savedRoles];
    const checked = checkRecord(KEYS.savedRoles, raw, SavedRole, (r) => r.key, now());
    if (checked.setAside.length) {
      await setAside(checked.setAside);
      await writeRoles(checked.value);
    }
    // No prototype: a key from a message ("constructor", "toString") finds no role.
    const roles = Object.assign(Object.create(null) as Record<string, SavedRole>, checked.value);
    memo.set(KEYS.savedRoles, roles);
    return roles;
  }

  /** Every write of the saved list goes here, so the burst memo always matches storage. */
  async function writeRoles(roles: Record<string, SavedRole>): Promise<void> {
    await area.set({ [KEYS.savedRoles]: roles });
    memo.set(KEYS.savedRoles, Object.assign(Object.create(null), roles));
  }

  /** Set-aside values: found by key name where the browser can list keys without values. */
  async function quarantined(): Promise<Record<string, unknown>> {
    if (!storageArea.getKeys) return area.get(null);
    const keys = (await storageArea.getKeys()).filter(isQuarantineKey);
    return keys.length ? area.get(keys) : {};
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
        const notice = versionNotice(before, result, now());
        if (notice) await setAside([notice]);
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
    /** The profile with where it is kept (sync or this browser only) and why. */
    profileState: () => enqueue(profiles.state),
    setProfile: (profile: Profile) => enqueue(() => profiles.write(profile)),
    getSavedRoles: () => enqueue(readRoles),
    saveRole: (input: RoleInput) =>
      enqueue(async () => {
        const roles = await readRoles();
        const role = roleFromPosting(input, roles[input.key]);
        await writeRoles({ ...roles, [role.key]: role });
        return role;
      }),
    removeRole: (key: string) =>
      enqueue(async () => {
        const { [key]: gone, ...rest } = await readRoles();
        if (gone) await writeRoles(rest);
        return gone !== undefined;
      }),
    patchRole: (key: string, patch: RolePatch) =>
      enqueue(async () => {
        const roles = await readRoles();
        const role = roles[key];
        if (!role) return null;
        const next = patchRole(role, patch, now());
        await writeRoles({ ...roles, [key]: next });
        return next;
      }),
    ...createRoleOps({ enqueue, readRoles, writeRoles, readProfile }),
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
        return noticesFrom(await quarantined());
      }),
    /** The user read the notice and let the set-aside value go. */
    dismissNotice: (id: string) =>
      enqueue(async () => {
        if (noticesFrom(await area.get(id)).length) await area.remove(id);
      }),
  };
}
export type Store = ReturnType<typeof createStore>;
