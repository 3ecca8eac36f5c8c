import { z } from 'zod';

export const SkillImportance = z.enum(['required', 'preferred', 'mentioned']);
export type SkillImportance = z.infer<typeof SkillImportance>;

export const SkillMention = z.object({
  /** Canonical catalog name ("Node.js", not "nodejs"). */
  name: z.string().min(1),
  category: z.string(),
  importance: SkillImportance,
  /** Years of experience asked for this skill, where stated. */
  years: z.number().nonnegative().nullable(),
  /** The sentence or line the skill was found in. */
  evidence: z.string(),
});
export type SkillMention = z.infer<typeof SkillMention>;
