import { Match } from '../schema/match.ts';
import { Posting } from '../schema/posting.ts';
import { Profile } from '../schema/profile.ts';
import { locationFit } from './location-fit.ts';
import { type SalaryFitT, salaryFit } from './salary-fit.ts';
import { scoreBasis } from './score-basis.ts';
import { matchSkills, type SkillScore } from './skill-match.ts';
import { skillReasons } from './skill-reasons.ts';
import {
  EVIDENCE_PRIOR,
  EVIDENCE_WEIGHT,
  LOCATION_CREDIT,
  LOCATION_SHARE,
  SALARY_CREDIT,
  SALARY_SHARE,
  SKILLS_SHARE,
} from './weights.ts';

function salaryCredit(fit: SalaryFitT): number | null {
  if (fit.status === 'meets' || fit.status === 'partial' || fit.status === 'below') {
    return SALARY_CREDIT[fit.status];
  }
  return null;
}

/** The skills part, pulled toward the middle by how little evidence it rests on (weights.ts). */
function skillsCredit(s: SkillScore): number | null {
  if (s.fraction === null) return null;
  return (s.earned + EVIDENCE_PRIOR * EVIDENCE_WEIGHT) / (s.possible + EVIDENCE_WEIGHT);
}

/** Weighted mean of the parts that are known; shares of unknown parts are left out. */
function combine(parts: ReadonlyArray<[number | null, number]>): number | null {
  const known = parts.filter((p): p is [number, number] => p[0] !== null);
  const weight = known.reduce((sum, [, w]) => sum + w, 0);
  if (weight === 0) return null;
  return known.reduce((sum, [value, w]) => sum + value * w, 0) / weight;
}

function basisReason(
  skills: number | null,
  salary: number | null,
  profile: Profile,
): string | null {
  if (skills === null && salary === null) {
    return 'No score: the posting lists no skills and there is no pay to compare with your target';
  }
  if (skills === null) return 'Score from pay alone: the posting lists no skills';
  if (salary === null) return 'Score from skills alone: pay could not be compared';
  if (profile.skills.length === 0) return 'Your profile lists no skills';
  return null;
}

function invalid(what: string, message: string): Match {
  return {
    score: 0,
    skills: [],
    salaryFit: { status: 'unknown', detail: `The ${what} is not valid` },
    reasons: [`Cannot score: the ${what} is not valid (${message})`],
  };
}

/**
 * How well a posting fits a profile, 0..100, with the reasons and one line on what it rests
 * on. Skills, salary fit and location fit carry the shares in weights.ts; a part that cannot
 * be judged (no skills listed, no pay, no target, another currency, no place) is left out and
 * the others carry the whole score. With neither skills nor pay known the score is 0 and the
 * reasons say why. Never throws.
 */
export function scoreMatch(profile: Profile, posting: Posting): Match {
  const p = Profile.safeParse(profile);
  if (!p.success) return invalid('profile', p.error.issues[0]?.message ?? 'unknown problem');
  const q = Posting.safeParse(posting);
  if (!q.success) return invalid('posting', q.error.issues[0]?.message ?? 'unknown problem');
  try {
    const skillScore = matchSkills(p.data, q.data.skills);
    const fit = salaryFit(p.data, q.data.salary, q.data.locations);
    const place = locationFit(p.data, q.data);
    const skills = skillsCredit(skillScore);
    const salary = salaryCredit(fit);
    const combined =
      skills === null && salary === null
        ? null
        : combine([
            [skills, SKILLS_SHARE],
            [salary, SALARY_SHARE],
            [place.status === 'unknown' ? null : LOCATION_CREDIT[place.status], LOCATION_SHARE],
          ]);
    const score = combined === null ? 0 : Math.min(100, Math.max(0, Math.round(combined * 100)));
    const { lead, tail } = skillReasons(skillScore.skills);
    const reasons = [...lead, fit.detail];
    if (place.status !== 'unknown') reasons.push(place.detail);
    reasons.push(...tail);
    const basisLine = basisReason(skillScore.fraction, salary, p.data);
    if (basisLine) reasons.push(basisLine);
    const basis = scoreBasis(skillScore.skills, fit, place);
    return Match.parse({
      score,
      skills: skillScore.skills,
      salaryFit: fit,
      locationFit: place,
      basis,
      reasons,
    });
  } catch (error) {
    // Defensive: the parts above are pure and validated, but a score must never take a page down.
    return {
      score: 0,
      skills: [],
      salaryFit: { status: 'unknown', detail: 'The match could not be computed' },
      reasons: [`Cannot score: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}
