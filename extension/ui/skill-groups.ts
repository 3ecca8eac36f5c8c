import type { Match } from '../../src/schema/match.ts';
import type { Posting } from '../../src/schema/posting.ts';

export type SkillState = 'matched' | 'missing' | 'alternative' | 'unknown';

export interface SkillChip {
  name: string;
  importance: 'required' | 'preferred' | 'mentioned';
  state: SkillState;
  detail: string | null;
}

export interface SkillGroup {
  id:
    | 'matched'
    | 'alternatives'
    | 'missing-required'
    | 'missing-preferred'
    | 'missing-mentioned'
    | 'listed';
  label: string;
  skills: SkillChip[];
}

function years(have: number | null, want: number | null): string | null {
  if (want !== null && have !== null) return `${have} yrs (asks ${want}+)`;
  if (want !== null) return `${want}+ yrs asked`;
  if (have !== null) return `${have} yrs`;
  return null;
}

const IMPORTANCE_ORDER = { required: 0, preferred: 1, mentioned: 2 } as const;

/**
 * Skills as the user reads them: what they have, what is required and missing, what would
 * be nice. Without a profile there is no match: the posting's skills are listed as found.
 */
export function skillGroups(posting: Posting, match: Match | null): SkillGroup[] {
  if (!match) {
    const listed = [...posting.skills]
      .sort((a, b) => IMPORTANCE_ORDER[a.importance] - IMPORTANCE_ORDER[b.importance])
      .map((s) => ({
        name: s.name,
        importance: s.importance,
        state: 'unknown' as const,
        detail: s.years !== null ? `${s.years}+ yrs` : null,
      }));
    return listed.length ? [{ id: 'listed', label: 'Skills in this posting', skills: listed }] : [];
  }
  const chip = (s: Match['skills'][number]): SkillChip => ({
    name: s.name,
    importance: s.importance,
    state: s.state,
    detail: years(s.yearsHave, s.yearsRequired),
  });
  const pick = (
    state: 'matched' | 'missing' | 'alternative',
    importance?: SkillChip['importance'],
  ) =>
    match.skills
      .filter((s) => s.state === state && (importance === undefined || s.importance === importance))
      .sort((a, b) => IMPORTANCE_ORDER[a.importance] - IMPORTANCE_ORDER[b.importance])
      .map(chip);
  const groups: SkillGroup[] = [
    { id: 'matched', label: 'You have', skills: pick('matched') },
    // Other options of an "any of" requirement the user already meets: not missing.
    {
      id: 'alternatives',
      label: 'Not needed: you have an alternative',
      skills: pick('alternative'),
    },
    { id: 'missing-required', label: 'Missing (required)', skills: pick('missing', 'required') },
    {
      id: 'missing-preferred',
      label: 'Missing (nice to have)',
      skills: pick('missing', 'preferred'),
    },
    { id: 'missing-mentioned', label: 'Also mentioned', skills: pick('missing', 'mentioned') },
  ];
  return groups.filter((g) => g.skills.length > 0);
}
