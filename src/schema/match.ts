import { z } from 'zod';
import { SkillImportance } from './skill.ts';

export const SkillMatchState = z.enum(['matched', 'missing']);

export const MatchedSkill = z.object({
  name: z.string(),
  importance: SkillImportance,
  state: SkillMatchState,
  /** Years the posting asks for, and years the profile has, where known. */
  yearsRequired: z.number().nullable(),
  yearsHave: z.number().nullable(),
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
  /** Distinct posting skills compared, and how many of them the profile has. */
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
