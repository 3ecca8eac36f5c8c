import type { SkillImportance } from '../schema/skill.ts';
import type { MatchedSkillT } from './skill-match.ts';

/** One requirement: a skill of its own, or an "any of" group counted once. */
export interface SkillUnit {
  /** "Kubernetes", or "PyTorch or TensorFlow" for a group. */
  name: string;
  importance: SkillImportance;
  met: boolean;
}

/** The requirements behind matched skills, in their order: each group once. */
export function skillUnits(skills: readonly MatchedSkillT[]): SkillUnit[] {
  const units: SkillUnit[] = [];
  const byGroup = new Map<string, { unit: SkillUnit; names: string[] }>();
  for (const s of skills) {
    const met = s.state !== 'missing';
    if (!s.group) {
      units.push({ name: s.name, importance: s.importance, met });
      continue;
    }
    const seen = byGroup.get(s.group);
    if (seen) {
      seen.names.push(s.name);
      seen.unit.met ||= met;
      seen.unit.name = orList(seen.names);
      continue;
    }
    const unit = { name: s.name, importance: s.importance, met };
    byGroup.set(s.group, { unit, names: [s.name] });
    units.push(unit);
  }
  return units;
}

function orList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' or ');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
