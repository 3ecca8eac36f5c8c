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
  /**
   * "Any of" requirements: the same id on every alternative of one requirement ("PyTorch or
   * TensorFlow", "one of Go, Rust, Java"); any member meets it. Absent on a skill of its own.
   */
  group: z.string().min(1).optional(),
});
export type SkillMention = z.infer<typeof SkillMention>;
