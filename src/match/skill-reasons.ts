import type { SkillImportance } from '../schema/skill.ts';
import type { MatchedSkillT } from './skill-match.ts';
import { type SkillUnit, skillUnits } from './skill-units.ts';
import { REASON_NAME_LIMIT } from './weights.ts';

/** "Kubernetes", "Go, Rust and Scala", "Go, Rust, Scala and 2 more". */
export function listNames(names: readonly string[]): string {
  if (names.length <= REASON_NAME_LIMIT) {
    if (names.length <= 1) return names.join('');
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  const shown = names.slice(0, REASON_NAME_LIMIT).join(', ');
  return `${shown} and ${names.length - REASON_NAME_LIMIT} more`;
}

const LABEL: Record<SkillImportance, string> = {
  required: 'required',
  preferred: 'preferred',
  mentioned: 'other listed',
};

function groupReason(units: readonly SkillUnit[], importance: SkillImportance): string | null {
  const group = units.filter((s) => s.importance === importance);
  if (group.length === 0) return null;
  const missing = group.filter((s) => !s.met).map((s) => s.name);
  const has = group.length - missing.length;
  const noun = group.length === 1 ? 'skill' : 'skills';
  if (missing.length === 0) {
    return group.length === 1
      ? `Has the ${LABEL[importance]} skill (${group[0]?.name})`
      : `Has all ${group.length} ${LABEL[importance]} ${noun}`;
  }
  if (importance === 'preferred' && has === 0) return `Missing preferred: ${listNames(missing)}`;
  return `Has ${has} of ${group.length} ${LABEL[importance]} ${noun} (missing ${listNames(missing)})`;
}

function yearsReasons(skills: readonly MatchedSkillT[]): string[] {
  return skills
    .filter(
      (s) =>
        s.state === 'matched' &&
        s.yearsRequired !== null &&
        s.yearsHave !== null &&
        s.yearsHave < s.yearsRequired,
    )
    .map(
      (s) =>
        `${s.name}: the posting asks for ${s.yearsRequired} years, your profile has ${s.yearsHave} (partial credit)`,
    );
}

/** Skill reasons, most important first: required, preferred, years short, then the rest. */
export function skillReasons(skills: readonly MatchedSkillT[]): { lead: string[]; tail: string[] } {
  const units = skillUnits(skills);
  const lead = [groupReason(units, 'required'), groupReason(units, 'preferred')].filter(
    (r): r is string => r !== null,
  );
  lead.push(...yearsReasons(skills));
  const mentioned = groupReason(units, 'mentioned');
  return { lead, tail: mentioned ? [mentioned] : [] };
}
