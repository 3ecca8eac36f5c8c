import { z } from 'zod';
import { SkillImportance } from './skill.ts';

/**
 * "alternative": a member of an "any of" requirement the profile meets through another
 * member ("PyTorch or TensorFlow" with TensorFlow in the profile): not missing.
 */
export const SkillMatchState = z.enum(['matched', 'missing', 'alternative']);

export const MatchedSkill = z.object({
  name: z.string(),
  importance: SkillImportance,
  state: SkillMatchState,
  /** Years the posting asks for, and years the profile has, where known. */
  yearsRequired: z.number().nullable(),
  yearsHave: z.number().nullable(),
  /** The "any of" requirement this skill is one alternative of (SkillMention.group). */
  group: z.string().min(1).optional(),
});

export const SalaryFit = z.object({
  status: z.enum(['meets', 'partial', 'below', 'unknown', 'currency_mismatch']),
  detail: z.string(),
});

export const LocationFit = z.object({
  status: z.enum(['fits', 'partial', 'mismatch', 'unknown']),
  detail: z.string(),
});
export type LocationFit = z.infer<typeof LocationFit>;

/** What the score rests on, for the line under it ("skills 6/11 · pay meets target · place"). */
export const MatchBasis = z.object({
  /** Posting requirements compared (an "any of" group counts once), and how many are met. */
  skillsTotal: z.number().int().nonnegative(),
  skillsMatched: z.number().int().nonnegative(),
  /** One line: how the score is built. */
  summary: z.string(),
});

export const Match = z.object({
  score: z.number().int().min(0).max(100),
  skills: z.array(MatchedSkill),
  salaryFit: SalaryFit,
  locationFit: LocationFit.optional(),
  basis: MatchBasis.optional(),
  /** Plain-language reasons, most important first. */
  reasons: z.array(z.string()),
});
export type Match = z.infer<typeof Match>;
