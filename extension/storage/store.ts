import type { Profile } from '../../src/schema/profile.ts';
import { createBurstQueue } from './burst-queue.ts';
import { KEYS } from './keys.ts';
import type { KeyValueArea } from './memory-area.ts';
import {
  CURRENT_SCHEMA_VERSION,
  diffSnapshots,
  MIGRATIONS,
  type MigrationResult,
  migrate,
} from './migrations.ts';
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
import { createRoleStore } from './role-store.ts';
import { DEFAULT_SETTINGS, Settings } from './settings.ts';
import { checkValue } from './validate.ts';
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

  const profiles = createProfileStore({
    local: area,
    sync: opts.sync ?? null,
    // Only `true` turns sync on: a damaged settings value reads as off (the private default)
    // and is set aside by readSettings, not here, so a view's reads report it once.
    syncEnabled: async () => {
      const raw = (await area.get(KEYS.settings))[KEYS.settings] as { profileSync?: unknown };
      return raw?.profileSync === true;
    },
    now,
    setAside,
    log,
  });
  const readProfile = profiles.read;

  const roles = createRoleStore({
    area,
    listKeys: storageArea.getKeys ? () => (storageArea.getKeys as () => Promise<string[]>)() : null,
    memo,
    setAside,
    now,
    log,
  });

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

  /**
   * The saved role (if `key`), the profile, the settings and, every value checked first, the
   * notices. The profile and the settings are read beside the roles; the role store's own
   * steps stay in order (a read may rebuild the index it shares).
   */
  async function readViewInputs(key: string | null) {
    const [saved, profile, settings] = await Promise.all([
      (async () => {
        const role = key ? await roles.getRole(key) : null;
        await roles.readIndex();
        return role;
      })(),
      readProfile(),
      readSettings(),
    ]);
    return { saved, profile, settings, notices: noticesFrom(await quarantined()) };
  }

  return {
    /** Brings stored data to this build's layout. A failure is reported, data left untouched. */
    init: () =>
      enqueue(async (): Promise<MigrationResult> => {
        // The usual start: already current, and nothing else needs reading.
        const head = await area.get(KEYS.schemaVersion);
        if (head[KEYS.schemaVersion] === CURRENT_SCHEMA_VERSION)
          return { ok: true, data: head, from: CURRENT_SCHEMA_VERSION, to: CURRENT_SCHEMA_VERSION };
        const before = await area.get(null);
        const result = migrate(before, MIGRATIONS, CURRENT_SCHEMA_VERSION, now());
        const notice = versionNotice(before, result, now());
        if (notice) await setAside([notice]);
        if (!result.ok) {
          log(`storage not migrated: ${result.reason}`);
          return result;
        }
        // No index shards on a fresh install: the first read finds them missing and builds
        // them from the role keys (none), like any missing shard.
        const { set, remove } = diffSnapshots(before, result.data);
        if (Object.keys(set).length) await area.set(set);
        if (remove.length) await area.remove(remove);
        // The migration may have set values aside (v3 -> v4 checks every role).
        if (Object.keys(set).some(isQuarantineKey)) opts.onSetAside?.();
        if (result.from !== result.to) log(`storage migrated v${result.from} -> v${result.to}`);
        // Versions before 5 put the profile in storage.sync without asking: it comes home.
        if (result.from < 5) await profiles.leaveSync();
        return result;
      }),
    getProfile: () => enqueue(readProfile),
    /** The profile with where it is kept (sync or this browser only) and why. */
    profileState: () => enqueue(profiles.state),
    setProfile: (profile: Profile) => enqueue(() => profiles.write(profile)),
    /** The user's sync choice: on copies the profile to sync, off takes it out (kept here). */
    setProfileSync: (enabled: boolean) =>
      enqueue(async () => {
        const next = Settings.parse({ ...(await readSettings()), profileSync: enabled });
        await area.set({ [KEYS.settings]: next });
        if (enabled) return profiles.joinSync();
        await profiles.leaveSync();
        return profiles.state();
      }),
    ...createRoleOps({ enqueue, roles, readProfile, now }),
    getSettings: () => enqueue(readSettings),
    updateSettings: (change: (s: Settings) => Settings) =>
      enqueue(async () => {
        const next = Settings.parse(change(await readSettings()));
        await area.set({ [KEYS.settings]: next });
        return next;
      }),
    /** Every value is checked first, so the list is complete whichever page asked first. */
    notices: (): Promise<Notice[]> => enqueue(async () => (await readViewInputs(null)).notices),
    /** What a tab's view needs, in one job, since the popup's first render waits for it. */
    viewInputs: (key: string | null) => enqueue(() => readViewInputs(key)),
    /**
     * Bring the index in line with the role keys stored (roles-store reconcile): run a moment
     * after a page opened, not while it reads the index (both would queue on the same storage).
     */
    reconcileRoles: () => enqueue(roles.reconcile),
    /** The user read the notice and let the set-aside value go. */
    dismissNotice: (id: string) =>
      enqueue(async () => {
        if (noticesFrom(await area.get(id)).length) await area.remove(id);
      }),
  };
}
export type Store = ReturnType<typeof createStore>;
