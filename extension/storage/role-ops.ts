import type { Profile } from '../../src/schema/profile.ts';
import { mergeRoles } from './merge-roles.ts';
import { type SavedMatch, SavedRole } from './saved-role.ts';

type Roles = Record<string, SavedRole>;
export type Scorer = (role: SavedRole, profile: Profile | null) => SavedMatch | null;

interface Internals {
  enqueue<T>(job: () => Promise<T>): Promise<T>;
  readRoles(): Promise<Roles>;
  writeRoles(roles: Roles): Promise<void>;
  readProfile(): Promise<Profile | null>;
}

/** The saved-list operations of the options page, run in the store's queue like the rest. */
export function createRoleOps({ enqueue, readRoles, writeRoles, readProfile }: Internals) {
  let pendingRescore: Promise<number> | null = null;
  return {
    /** Put back a role the user just deleted (undo). An entry saved meanwhile wins. */
    restoreRole: (role: SavedRole) =>
      enqueue(async () => {
        const roles = await readRoles();
        const back = roles[role.key] ?? SavedRole.parse(role);
        if (!roles[role.key]) await writeRoles({ ...roles, [role.key]: back });
        return back;
      }),
    /** Merge imported roles (see mergeRoles) in one write. */
    importRoles: (incoming: readonly SavedRole[]) =>
      enqueue(async () => {
        const merged = mergeRoles(await readRoles(), incoming);
        if (merged.changed) await writeRoles(merged.roles);
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
        const roles = await readRoles();
        let changed = 0;
        const next: Roles = {};
        for (const [key, role] of Object.entries(roles)) {
          const match = score(role, profile);
          const same = match?.score === role.match?.score && match?.summary === role.match?.summary;
          if (!same) changed++;
          next[key] = same ? role : { ...role, match };
        }
        if (changed) await writeRoles(next);
        return changed;
      });
      pendingRescore = job;
      return job;
    },
  };
}
