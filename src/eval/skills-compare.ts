import { skillKey } from '../match/skill-key.ts';
import type { SkillImportance, SkillMention } from '../schema/skill.ts';
import type { Label } from './label.ts';

/**
 * Parsed skills in this category are left out of the comparison: it holds concepts ("Machine
 * Learning", "CI/CD"), and the labels name concrete technologies only, so counting them would
 * charge the parser for a vocabulary the labels do not use.
 */
export const IGNORED_CATEGORY = 'method';

type LabelImportance = 'required' | 'nice' | 'other';

const LABEL_RANK: Record<LabelImportance, number> = { required: 0, nice: 1, other: 2 };
const PARSE_RANK: Record<SkillImportance, number> = { required: 0, preferred: 1, mentioned: 2 };
const AS_LABEL: Record<SkillImportance, LabelImportance> = {
  required: 'required',
  preferred: 'nice',
  mentioned: 'other',
};

export interface SkillComparison {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Labelled names the parse missed, and parsed names the label lacks. */
  missed: string[];
  extra: string[];
  /** On skills found in both and labelled required or nice: how many have that importance. */
  importanceRight: number;
  importanceTotal: number;
  /** Importance pairs that differ, "Kotlin: required, got preferred". */
  importanceWrong: string[];
}

function labelled(label: Label): Map<string, { name: string; importance: LabelImportance }> {
  const byKey = new Map<string, { name: string; importance: LabelImportance }>();
  const lists: Array<[LabelImportance, string[]]> = [
    ['required', label.skills_required],
    ['nice', label.skills_nice],
    ['other', label.skills_other],
  ];
  for (const [importance, names] of lists) {
    for (const name of names) {
      const key = skillKey(name);
      const seen = byKey.get(key);
      if (key !== '' && (!seen || LABEL_RANK[importance] < LABEL_RANK[seen.importance])) {
        byKey.set(key, { name, importance });
      }
    }
  }
  return byKey;
}

function parsed(skills: readonly SkillMention[]): Map<string, SkillMention> {
  const byKey = new Map<string, SkillMention>();
  for (const skill of skills) {
    if (skill.category === IGNORED_CATEGORY) continue;
    const key = skillKey(skill.name);
    const seen = byKey.get(key);
    if (key !== '' && (!seen || PARSE_RANK[skill.importance] < PARSE_RANK[seen.importance])) {
      byKey.set(key, skill);
    }
  }
  return byKey;
}

/** Labelled skills (required ∪ nice ∪ other) against parsed ones, names through aliases. */
export function compareSkills(label: Label, skills: readonly SkillMention[]): SkillComparison {
  const want = labelled(label);
  const got = parsed(skills);
  const result: SkillComparison = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    missed: [],
    extra: [],
    importanceRight: 0,
    importanceTotal: 0,
    importanceWrong: [],
  };
  for (const [key, expected] of want) {
    const found = got.get(key);
    if (!found) {
      result.falseNegatives++;
      result.missed.push(expected.name);
      continue;
    }
    result.truePositives++;
    if (expected.importance === 'other') continue;
    result.importanceTotal++;
    if (AS_LABEL[found.importance] === expected.importance) result.importanceRight++;
    else
      result.importanceWrong.push(
        `${expected.name}: ${expected.importance}, got ${found.importance}`,
      );
  }
  for (const [key, skill] of got) {
    if (want.has(key)) continue;
    result.falsePositives++;
    result.extra.push(skill.name);
  }
  return result;
}

/**
 * Which named skills a parse found, compared as compareSkills compares (names through aliases,
 * the ignored category left out); a name listed twice is counted once.
 */
export function findSkills(
  names: readonly string[],
  skills: readonly SkillMention[],
): { found: number; total: number; missed: string[] } {
  const got = parsed(skills);
  const wanted = new Map<string, string>();
  for (const name of names) {
    const key = skillKey(name);
    if (key !== '' && !wanted.has(key)) wanted.set(key, name);
  }
  const missed = [...wanted].filter(([key]) => !got.has(key)).map(([, name]) => name);
  return { found: wanted.size - missed.length, total: wanted.size, missed };
}
