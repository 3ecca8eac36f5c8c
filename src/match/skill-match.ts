import type { z } from 'zod';
import type { MatchedSkill } from '../schema/match.ts';
import type { Profile } from '../schema/profile.ts';
import type { SkillImportance, SkillMention } from '../schema/skill.ts';
import { skillKey } from './skill-key.ts';
import { IMPORTANCE_WEIGHT, YEARS_FLOOR } from './weights.ts';

export type MatchedSkillT = z.infer<typeof MatchedSkill>;

export interface SkillScore {
  skills: MatchedSkillT[];
  /** 0..1, or null when the posting lists no skills to compare. */
  fraction: number | null;
  /** The weights behind the fraction: how much evidence it rests on (weights.ts). */
  earned: number;
  possible: number;
}

const RANK: Record<SkillImportance, number> = { required: 0, preferred: 1, mentioned: 2 };

function maxYears(a: number | null | undefined, b: number | null | undefined): number | null {
  const known = [a, b].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return known.length === 0 ? null : Math.max(...known);
}

/** One entry per skill: a skill listed twice keeps its strongest importance and largest years. */
function dedupePostingSkills(skills: readonly SkillMention[]): Map<string, SkillMention> {
  const byKey = new Map<string, SkillMention>();
  for (const skill of skills) {
    const key = skillKey(skill.name);
    if (key === '') continue;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, skill);
      continue;
    }
    const importance =
      RANK[skill.importance] < RANK[seen.importance] ? skill.importance : seen.importance;
    byKey.set(key, { ...seen, importance, years: maxYears(seen.years, skill.years) });
  }
  return byKey;
}

/** Profile skills by key; null years means "has it, years not stated". */
function profileYears(profile: Profile): Map<string, number | null> {
  const byKey = new Map<string, number | null>();
  for (const skill of profile.skills) {
    const key = skillKey(skill.name);
    if (key === '') continue;
    byKey.set(key, byKey.has(key) ? maxYears(byKey.get(key), skill.years) : (skill.years ?? null));
  }
  return byKey;
}

/** Credit for a matched skill, see YEARS_FLOOR. */
export function yearsCredit(required: number | null, have: number | null): number {
  if (required === null || required <= 0 || have === null || have >= required) return 1;
  return YEARS_FLOOR + (1 - YEARS_FLOOR) * (Math.max(0, have) / required);
}

/** Every posting skill, matched or missing against the profile, with the weighted fraction. */
export function matchSkills(profile: Profile, postingSkills: readonly SkillMention[]): SkillScore {
  const have = profileYears(profile);
  const skills: MatchedSkillT[] = [];
  let earned = 0;
  let possible = 0;
  for (const [key, mention] of dedupePostingSkills(postingSkills)) {
    const matched = have.has(key);
    const yearsRequired = mention.years ?? null;
    const yearsHave = matched ? (have.get(key) ?? null) : null;
    const weight = IMPORTANCE_WEIGHT[mention.importance];
    possible += weight;
    if (matched) earned += weight * yearsCredit(yearsRequired, yearsHave);
    skills.push({
      name: mention.name,
      importance: mention.importance,
      state: matched ? 'matched' : 'missing',
      yearsRequired,
      yearsHave,
    });
  }
  skills.sort((a, b) => RANK[a.importance] - RANK[b.importance]);
  return { skills, fraction: possible > 0 ? earned / possible : null, earned, possible };
}
