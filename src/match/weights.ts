import type { SkillImportance } from '../schema/skill.ts';

/**
 * How much each posting skill counts toward the skills part of the score.
 * Required skills are what the employer screens on, so they weigh three times a preferred one.
 * Mentioned skills (stack blurbs, responsibilities) get a small weight rather than none: many
 * postings (forum posts, short ads) only ever list their stack, and a candidate who knows it is
 * a better fit, but knowing a blurb's tool should never outweigh a real requirement.
 */
export const IMPORTANCE_WEIGHT: Readonly<Record<SkillImportance, number>> = {
  required: 3,
  preferred: 1,
  mentioned: 0.25,
};

/**
 * A matched skill for which the posting asks N years and the profile states fewer, Y, earns
 * YEARS_FLOOR + (1 - YEARS_FLOOR) * Y / N of its weight: knowing the skill at all is worth half,
 * the rest grows with experience. Unknown years in the profile earn full credit: we do not
 * punish what the user did not write down.
 */
export const YEARS_FLOOR = 0.5;

/**
 * Little evidence pulls the skills part toward the middle, not the top: it is computed as
 * (earned + EVIDENCE_PRIOR * EVIDENCE_WEIGHT) / (possible + EVIDENCE_WEIGHT), as if every
 * posting also asked for two preferred skills' worth that the user has even odds of having.
 * One required skill matched gives 80, not 100; two give 88; ten all matched give 97; none of
 * two required gives 13, not 0. A posting with many skills is hardly moved.
 */
export const EVIDENCE_PRIOR = 0.5;
export const EVIDENCE_WEIGHT = 2;

/**
 * Share of the score carried by skills, salary fit and location fit when all are known; a
 * part that cannot be judged is left out and the others carry its share.
 */
export const SKILLS_SHARE = 0.75;
export const SALARY_SHARE = 0.15;
export const LOCATION_SHARE = 0.1;

/** Credit for each location-fit status; unknown is left out of the score. */
export const LOCATION_CREDIT = { fits: 1, partial: 0.5, mismatch: 0 } as const;

/** Credit for each salary-fit status; unknown and currency_mismatch are left out of the score. */
export const SALARY_CREDIT = { meets: 1, partial: 0.5, below: 0 } as const;

/** How many names a reason lists before summarising the rest as "and N more". */
export const REASON_NAME_LIMIT = 3;
