import { INDEX_KEYS, indexShardKey, isRoleKey, jobKeyOf, roleKey, shardOf } from './keys.ts';
import type { KeyValueArea } from './memory-area.ts';
import { describeIssues, type QuarantineEntry } from './quarantine.ts';
import {
  byActivity,
  encodeShard,
  type IndexEntry,
  indexEntryOf,
  parseShard,
} from './role-index.ts';
import { SavedRole } from './saved-role.ts';

type Shards = Map<string, IndexEntry>[];

export interface RoleStoreDeps {
  area: KeyValueArea;
  /** Every key without the values (storage.local getKeys), where the browser has it. */
  listKeys: (() => Promise<string[]>) | null;
  /** Lives while the store's queue is busy (burst-queue.ts). */
  memo: Map<string, unknown>;
  setAside(entries: QuarantineEntry[]): Promise<void>;
  now(): number;
  log(message: string): void;
}

const INDEX_MEMO = 'rolesIndex';
const copy = (shards: Shards): Shards => shards.map((m) => new Map(m));

/**
 * Saved roles in the v4 layout: one key per role, and the index shards the table reads. Every
 * write puts the changed roles and their shards in ONE set() (atomic in both browsers), so the
 * index never disagrees with the roles it describes. Callers run these in the store's queue.
 */
export function createRoleStore(d: RoleStoreDeps) {
  /** Every role key in storage (the slow way, reading values, only where getKeys is missing). */
  async function storedRoleKeys(): Promise<string[]> {
    const keys = d.listKeys ? await d.listKeys() : Object.keys(await d.area.get(null));
    return keys.filter(isRoleKey);
  }

  /** The index, validated shard by shard; a shard that fails is set aside and rebuilt. */
  async function readIndex(): Promise<Shards> {
    const known = d.memo.get(INDEX_MEMO) as Shards | undefined;
    if (known) return known;
    const raw = await d.area.get([...INDEX_KEYS]);
    const shards: Shards = [];
    const broken: number[] = [];
    const aside: QuarantineEntry[] = [];
    INDEX_KEYS.forEach((key, n) => {
      const parsed = parseShard(raw[key], n);
      if (Array.isArray(parsed)) shards.push(new Map(parsed.map((e) => [e.key, e])));
      else {
        shards.push(new Map());
        broken.push(n);
        if (raw[key] !== undefined)
          aside.push({
            originalKey: key,
            reason: `saved-roles index ${parsed}: rebuilt from your saved roles, nothing was lost`,
            value: raw[key],
            at: d.now(),
          });
      }
    });
    d.memo.set(INDEX_MEMO, shards);
    if (broken.length) {
      await d.setAside(aside);
      const keys = (await storedRoleKeys()).filter((k) => broken.includes(shardOf(jobKeyOf(k))));
      const next = copy(shards);
      for (const role of (await loadValid(keys, next)).values())
        next[shardOf(role.key)]?.set(role.key, indexEntryOf(role));
      await commit(next, [], broken);
      d.log(`rebuilt ${broken.length} saved-roles index shard(s) from ${keys.length} role(s)`);
    }
    return d.memo.get(INDEX_MEMO) as Shards;
  }

  /**
   * Roles by storage key, each validated; one that fails is set aside, removed and dropped
   * from `shards` (which the caller commits). Missing keys are simply absent.
   */
  async function loadValid(
    keys: readonly string[],
    shards: Shards,
  ): Promise<Map<string, SavedRole>> {
    const out = new Map<string, SavedRole>();
    if (keys.length === 0) return out;
    const raw = await d.area.get([...keys]);
    const aside: QuarantineEntry[] = [];
    for (const key of keys) {
      if (raw[key] === undefined) continue;
      const parsed = SavedRole.safeParse(raw[key]);
      if (parsed.success && parsed.data.key === jobKeyOf(key)) {
        out.set(parsed.data.key, parsed.data);
        continue;
      }
      const reason = parsed.success ? 'role filed under another key' : describeIssues(parsed.error);
      aside.push({ originalKey: key, reason, value: raw[key], at: d.now() });
      shards[shardOf(jobKeyOf(key))]?.delete(jobKeyOf(key));
    }
    if (aside.length) {
      await d.setAside(aside);
      await d.area.remove(aside.map((a) => a.originalKey));
    }
    return out;
  }

  /** Write roles and the shards they (or `touched`) live in, in one set; then remove `gone`. */
  async function commit(
    shards: Shards,
    roles: readonly SavedRole[],
    touched: number[] = [],
    gone: string[] = [],
  ) {
    const items: Record<string, unknown> = {};
    const dirty = new Set(touched);
    for (const role of roles) {
      items[roleKey(role.key)] = role;
      shards[shardOf(role.key)]?.set(role.key, indexEntryOf(role));
      dirty.add(shardOf(role.key));
    }
    for (const key of gone) dirty.add(shardOf(key));
    for (const n of dirty) items[indexShardKey(n)] = encodeShard(shards[n]?.values() ?? []);
    try {
      if (Object.keys(items).length) await d.area.set(items);
      // Index first, role second: a stop in between leaves a role the index does not list
      // (found again by reconcile), never an entry pointing at nothing.
      if (gone.length) await d.area.remove(gone.map(roleKey));
      d.memo.set(INDEX_MEMO, shards);
    } catch (err) {
      d.memo.delete(INDEX_MEMO);
      throw err;
    }
  }

  /** Full roles by job key, validated; index entries whose role is gone or bad are dropped. */
  async function getRoles(jobKeys: readonly string[]): Promise<Map<string, SavedRole>> {
    const shards = copy(await readIndex());
    const unique = [...new Set(jobKeys)];
    const listed = unique.filter((k) => shards[shardOf(k)]?.has(k));
    const found = await loadValid(unique.map(roleKey), shards);
    const dropped = listed.filter((k) => !found.has(k));
    if (dropped.length) {
      for (const k of dropped) shards[shardOf(k)]?.delete(k);
      await commit(shards, [], dropped.map(shardOf));
      d.log(`dropped ${dropped.length} index entr(ies) without a valid role`);
    }
    return found;
  }

  async function allKeys(): Promise<string[]> {
    return (await readIndex()).flatMap((m) => [...m.keys()]);
  }

  return {
    readIndex,
    getRoles,
    allKeys,
    /** Every entry, newest activity first: the options table. */
    list: async (): Promise<IndexEntry[]> =>
      (await readIndex()).flatMap((m) => [...m.values()]).sort(byActivity),
    getRole: async (jobKey: string) => (await getRoles([jobKey])).get(jobKey) ?? null,
    /** Write these roles (and their index entries) in one set. */
    write: async (roles: readonly SavedRole[]) => commit(copy(await readIndex()), roles),
    /** Drop a role: its index entry, then its key. False when there was none. */
    async remove(jobKey: string): Promise<boolean> {
      const shards = copy(await readIndex());
      const listed = shards[shardOf(jobKey)]?.delete(jobKey) ?? false;
      const stored = (await d.area.get(roleKey(jobKey)))[roleKey(jobKey)] !== undefined;
      if (listed || stored) await commit(shards, [], [], [jobKey]);
      return listed || stored;
    },
    /**
     * Bring the index in line with the role keys actually stored (a role written from outside,
     * a stop between two writes): unlisted roles are validated and listed (or set aside),
     * entries without a role dropped. Needs getKeys; true when something changed.
     */
    async reconcile(): Promise<boolean> {
      if (!d.listKeys) return false;
      const stored = new Set((await d.listKeys()).filter(isRoleKey).map(jobKeyOf));
      const shards = copy(await readIndex());
      const listed = new Set(shards.flatMap((m) => [...m.keys()]));
      const orphans = [...stored].filter((k) => !listed.has(k));
      const dangling = [...listed].filter((k) => !stored.has(k));
      if (orphans.length === 0 && dangling.length === 0) return false;
      for (const k of dangling) shards[shardOf(k)]?.delete(k);
      const found = await loadValid(orphans.map(roleKey), shards);
      await commit(shards, [...found.values()], [...dangling, ...orphans].map(shardOf));
      d.log(`index reconciled: ${found.size} role(s) listed again, ${dangling.length} dropped`);
      return true;
    },
  };
}
export type RoleStore = ReturnType<typeof createRoleStore>;
