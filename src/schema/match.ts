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

export const Match = z.object({
  score: z.number().int().min(0).max(100),
  skills: z.array(MatchedSkill),
  salaryFit: SalaryFit,
  /** Plain-language reasons, most important first. */
  reasons: z.array(z.string()),
});
export type Match = z.infer<typeof Match>;
