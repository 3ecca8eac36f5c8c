import { z } from 'zod';
import { SalaryRange } from '../../src/schema/salary.ts';
import { SkillImportance } from '../../src/schema/skill.ts';

export const Stage = z.enum(['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn']);
export type Stage = z.infer<typeof Stage>;
export const STAGES: readonly Stage[] = Stage.options;

export const NOTE_MAX = 5000;

export const SavedSkill = z.object({ name: z.string().min(1), importance: SkillImportance });

export const SavedMatch = z.object({
  score: z.number().int().min(0).max(100),
  summary: z.string(),
});

/** One role the user saved. Keyed by jobKey so the same job from any tab or URL is one entry. */
export const SavedRole = z.object({
  key: z.string().min(1),
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
