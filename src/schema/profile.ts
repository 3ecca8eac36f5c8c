import { z } from 'zod';
import { CurrencyCode, PayPeriod } from './salary.ts';

export const SkillLevel = z.enum(['beginner', 'intermediate', 'advanced', 'expert']);

export const ProfileSkill = z.object({
  name: z.string().trim().min(1).max(100),
  years: z.number().nonnegative().max(80).nullable().optional(),
  level: SkillLevel.nullable().optional(),
});

export const TargetSalary = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative().nullable().optional(),
  currency: CurrencyCode,
  period: PayPeriod,
});

/** The profile file: the same format the CLI reads and the extension imports and exports. */
export const Profile = z.object({
  version: z.literal(1),
  skills: z.array(ProfileSkill).max(1000),
  location: z.string().max(200).nullable().optional(),
  remote: z.enum(['remote', 'hybrid', 'onsite', 'any']).nullable().optional(),
  targetSalary: TargetSalary.nullable().optional(),
});
export type Profile = z.infer<typeof Profile>;
