import { scoreMatch } from '../../../src/match/score.ts';
import type { Profile } from '../../../src/schema/profile.ts';
import { postingFromRole } from '../../storage/role-posting.ts';
import type { SavedRole } from '../../storage/saved-role.ts';
import { annualPay, formatPay } from './role-rows.ts';

export interface CompareColumn {
  key: string;
  title: string;
  company: string;
  pay: string;
  /** Which tier the pay is for, when the posting has tiers. */
  payTier: string | null;
  score: number | null;
  summary: string;
  matched: string[];
  missing: string[];
  location: string;
  stage: SavedRole['stage'];
}

export const COMPARE_MAX = 4;

/**
 * Side-by-side data for 2 to 4 roles: pay per year in the user's tier, and the skills scored
 * now against the current profile (the same scoreMatch as the panel). Without a profile every
 * skill is listed as missing-unknown: the user has nothing to match yet.
 */
export function compareColumns(
  roles: readonly SavedRole[],
  profile: Profile | null,
): CompareColumn[] {
  return roles.slice(0, COMPARE_MAX).map((role) => {
    const pay = annualPay(role, profile?.location);
    const match = profile ? scoreMatch(profile, postingFromRole(role)) : null;
    const skills = match?.skills ?? [];
    const named = (state: 'matched' | 'missing') =>
      skills.filter((s) => s.state === state).map((s) => s.name);
    return {
      key: role.key,
      title: role.title ?? role.url,
      company: role.company ?? '',
      pay: formatPay(pay) || 'Not stated',
      payTier: pay?.tier ?? null,
      score: match?.score ?? role.match?.score ?? null,
      summary: match?.reasons[0] ?? role.match?.summary ?? 'No profile to compare with',
      matched: named('matched'),
      missing: profile ? named('missing') : role.skills.map((s) => s.name),
      location: role.locations.join(' · ') || 'Not stated',
      stage: role.stage,
    };
  });
}
