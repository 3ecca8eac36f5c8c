import { z } from 'zod';
import { NOTE_MAX, type SavedRole } from './saved-role.ts';

/** One role in an import report: which, and why it went where it went. */
export const ImportOutcome = z.object({
  key: z.string(),
  title: z.string().nullable(),
  reason: z.string(),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const ImportReport = z.object({
  added: z.array(ImportOutcome),
  updated: z.array(ImportOutcome),
  skipped: z.array(ImportOutcome),
});
export type ImportReport = z.infer<typeof ImportReport>;

export interface MergeResult {
  roles: Record<string, SavedRole>;
  report: ImportReport;
  /** False when nothing changed: no write is needed. */
  changed: boolean;
}

/**
 * Two notes for one job, neither lost: the winner's first, then the other's unless the winner
 * already contains it. Cut at NOTE_MAX (the storage limit).
 */
export function combineNotes(winner: string, other: string): string {
  const a = winner.trim();
  const b = other.trim();
  if (b === '' || a.includes(b)) return winner;
  if (a === '' || b.includes(a)) return other;
  return `${winner.trimEnd()}\n\n${other.trim()}`.slice(0, NOTE_MAX);
}

const outcome = (role: SavedRole, reason: string): ImportOutcome => ({
  key: role.key,
  title: role.title,
  reason,
});

/** Same job twice in one file: the newer copy is imported, the older one's note kept. */
function dedupeIncoming(incoming: readonly SavedRole[], skipped: ImportOutcome[]): SavedRole[] {
  const byKey = new Map<string, SavedRole>();
  for (const role of incoming) {
    const seen = byKey.get(role.key);
    if (!seen) {
      byKey.set(role.key, role);
      continue;
    }
    const [win, lose] = role.updatedAt > seen.updatedAt ? [role, seen] : [seen, role];
    byKey.set(role.key, { ...win, note: combineNotes(win.note, lose.note) });
    skipped.push(outcome(lose, 'listed twice in the file: the newer copy is imported'));
  }
  return [...byKey.values()];
}

/**
 * Merge imported roles into the saved list, one entry per job key. A new job is added; for a
 * job already saved the more recently updated copy wins, the other's note is kept, and the
 * first save time is kept. Nothing already saved is dropped. Pure.
 */
export function mergeRoles(
  existing: Readonly<Record<string, SavedRole>>,
  incoming: readonly SavedRole[],
): MergeResult {
  const report: ImportReport = { added: [], updated: [], skipped: [] };
  const roles: Record<string, SavedRole> = { ...existing };
  for (const role of dedupeIncoming(incoming, report.skipped)) {
    const mine = roles[role.key];
    if (!mine) {
      roles[role.key] = role;
      report.added.push(outcome(role, 'new'));
      continue;
    }
    const savedAt = Math.min(mine.savedAt, role.savedAt);
    if (role.updatedAt > mine.updatedAt) {
      roles[role.key] = { ...role, savedAt, note: combineNotes(role.note, mine.note) };
      report.updated.push(outcome(role, 'the file has a newer copy'));
      continue;
    }
    const note = combineNotes(mine.note, role.note);
    if (note !== mine.note) {
      roles[role.key] = { ...mine, note };
      report.updated.push(outcome(role, 'your copy is newer; the note from the file was added'));
    } else {
      report.skipped.push(
        outcome(
          role,
          role.updatedAt === mine.updatedAt
            ? 'already saved, unchanged'
            : 'your saved copy is newer',
        ),
      );
    }
  }
  return { roles, report, changed: report.added.length + report.updated.length > 0 };
}
