import { z } from 'zod';
import { SalaryRange } from '../../src/schema/salary.ts';
import { SkillImportance } from '../../src/schema/skill.ts';

import { NOTE_MAX, STAGE_NAMES } from './role-constants.ts';

export { NOTE_MAX };
export const Stage = z.enum(STAGE_NAMES);
export type Stage = z.infer<typeof Stage>;
export const STAGES: readonly Stage[] = Stage.options;

/** Years the posting asks for are kept so a saved role can be scored again (v3). */
export const SavedSkill = z.object({
  name: z.string().min(1),
  importance: SkillImportance,
  years: z.number().nonnegative().nullable().optional(),
});

export const SavedMatch = z.object({
  score: z.number().int().min(0).max(100),
  summary: z.string(),
});
export type SavedMatch = z.infer<typeof SavedMatch>;

/**
 * A record key: never a name every object already has ("__proto__", "constructor", ...). Saved
 * roles live in a plain object keyed by job; such a key would read as Object.prototype and,
 * assigned, replace the object's prototype instead of adding an entry. Job keys ("site:id" or
 * a URL) never are one, so only a crafted file or a hand-edited store is refused.
 */
export const RoleKey = z
  .string()
  .min(1)
  .refine((k) => !(k in Object.prototype), 'reserved name, not a job key');

/** One role the user saved. Keyed by jobKey so the same job from any tab or URL is one entry. */
export const SavedRole = z.object({
  key: RoleKey,
  url: z.string(),
  site: z.string().nullable(),
  jobId: z.string().nullable(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  locations: z.array(z.string()),
  salary: z.array(SalaryRange),
  skills: z.array(SavedSkill),
  match: SavedMatch.nullable(),
  stage: Stage,
  note: z.string().max(NOTE_MAX),
  savedAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type SavedRole = z.infer<typeof SavedRole>;
