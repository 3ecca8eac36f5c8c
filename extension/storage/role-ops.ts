import type { Profile } from '../../src/schema/profile.ts';
import { mergeRoles } from './merge-roles.ts';
import type { RoleStore } from './role-store.ts';
import { type SavedMatch, SavedRole } from './saved-role.ts';
import { patchRole, type RoleInput, type RolePatch, roleFromPosting } from './saved-roles.ts';

export type Scorer = (role: SavedRole, profile: Profile | null) => SavedMatch | null;

interface Internals {
  enqueue<T>(job: () => Promise<T>): Promise<T>;
  roles: RoleStore;
  readProfile(): Promise<Profile | null>;
  now(): number;
}

const byActivity = (a: SavedRole, b: SavedRole) => b.updatedAt - a.updatedAt;

/**
 * Everything done to saved roles, run in the store's queue. Each operation reads only the
 * roles it changes and writes only those (with their index shards), except a rescore, which
 * by nature reads and may write them all.
 */
export function createRoleOps({ enqueue, roles, readProfile, now }: Internals) {
  let pendingRescore: Promise<number> | null = null;
  const allRoles = async () => roles.getRoles(await roles.allKeys());
  return {
    /** Every saved role, validated (tests, and callers that truly need them all). */
    getSavedRoles: () =>
      enqueue(async () =>
        Object.assign(
          Object.create(null) as Record<string, SavedRole>,
          Object.fromEntries(await allRoles()),
        ),
      ),
    getRole: (key: string) => enqueue(() => roles.getRole(key)),
    /** Full roles for these keys (compare, export, undo), newest activity first. */
    getRoles: (keys: readonly string[]) =>
      enqueue(async () => [...(await roles.getRoles(keys)).values()].sort(byActivity)),
    /** The index: what the options table shows, newest activity first. */
    listIndex: () => enqueue(roles.list),
    saveRole: (input: RoleInput) =>
      enqueue(async () => {
        const role = roleFromPosting(input, (await roles.getRole(input.key)) ?? undefined);
        await roles.write([role]);
        return role;
      }),
    /** Drop a role; the role as it was comes back, for the Undo the user is offered. */
    removeRole: (key: string) =>
      enqueue(async () => {
        const role = await roles.getRole(key);
        return { removed: await roles.remove(key), role };
      }),
    patchRole: (key: string, patch: RolePatch) =>
      enqueue(async () => {
        const role = await roles.getRole(key);
        if (!role) return null;
        const next = patchRole(role, patch, now());
        await roles.write([next]);
        return next;
      }),
    /** Put back a role the user just deleted (undo). An entry saved meanwhile wins. */
    restoreRole: (role: SavedRole) =>
      enqueue(async () => {
        const existing = await roles.getRole(role.key);
        if (existing) return existing;
        const back = SavedRole.parse(role);
        await roles.write([back]);
        return back;
      }),
    /** Merge imported roles (see mergeRoles) against the saved copies of the same jobs, in one write. */
    importRoles: (incoming: readonly SavedRole[]) =>
      enqueue(async () => {
        // Checked again here, not only at the message boundary: nothing unchecked is written.
        const checked = incoming.map((r) => SavedRole.parse(r));
        const mine = await roles.getRoles(checked.map((r) => r.key));
        const merged = mergeRoles(Object.fromEntries(mine), checked);
        const changed = new Set(
          [...merged.report.added, ...merged.report.updated].map((o) => o.key),
        );
        const next = [...changed].map((k) => merged.roles[k]).filter((r) => r !== undefined);
        if (next.length) await roles.write(next);
        return merged.report;
      }),
    /**
     * Score every saved role again (the profile changed), in one write. updatedAt is left
     * alone: the user did not touch the role. Calls while one is still waiting to start share
     * it (it reads the profile when it starts). Resolves to how many scores changed.
     */
    rescoreRoles(score: Scorer): Promise<number> {
      if (pendingRescore) return pendingRescore;
      const job = enqueue(async () => {
        pendingRescore = null;
        const profile = await readProfile();
        const next: SavedRole[] = [];
        for (const role of (await allRoles()).values()) {
          const match = score(role, profile);
          const same = match?.score === role.match?.score && match?.summary === role.match?.summary;
          if (!same) next.push({ ...role, match });
        }
        if (next.length) await roles.write(next);
        return next.length;
      });
      pendingRescore = job;
      return job;
    },
  };
}
