import { Match } from '../schema/match.ts';
import { Posting } from '../schema/posting.ts';
import { Profile } from '../schema/profile.ts';
import { type SalaryFitT, salaryFit } from './salary-fit.ts';
import { matchSkills } from './skill-match.ts';
import { skillReasons } from './skill-reasons.ts';
import { SALARY_CREDIT, SALARY_SHARE, SKILLS_SHARE } from './weights.ts';

function salaryCredit(fit: SalaryFitT): number | null {
  if (fit.status === 'meets' || fit.status === 'partial' || fit.status === 'below') {
    return SALARY_CREDIT[fit.status];
  }
  return null;
}

/** Weighted mean of the parts that are known; shares of unknown parts are left out. */
function combine(skills: number | null, salary: number | null): number | null {
  const parts: Array<[number, number]> = [];
  if (skills !== null) parts.push([skills, SKILLS_SHARE]);
  if (salary !== null) parts.push([salary, SALARY_SHARE]);
  const weight = parts.reduce((sum, [, w]) => sum + w, 0);
  if (weight === 0) return null;
  return parts.reduce((sum, [value, w]) => sum + value * w, 0) / weight;
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
 * How well a posting fits a profile, 0..100, with the reasons. Skills carry SKILLS_SHARE of the
 * score and salary fit SALARY_SHARE; a part that cannot be judged (no skills listed, no pay, no
 * target, another currency) is left out and the other part carries the whole score. With
 * neither known the score is 0 and the reasons say why. Never throws.
 */
export function scoreMatch(profile: Profile, posting: Posting): Match {
  const p = Profile.safeParse(profile);
  if (!p.success) return invalid('profile', p.error.issues[0]?.message ?? 'unknown problem');
  const q = Posting.safeParse(posting);
  if (!q.success) return invalid('posting', q.error.issues[0]?.message ?? 'unknown problem');
  try {
    const skillScore = matchSkills(p.data, q.data.skills);
    const fit = salaryFit(p.data, q.data.salary);
    const salary = salaryCredit(fit);
    const combined = combine(skillScore.fraction, salary);
    const score = combined === null ? 0 : Math.min(100, Math.max(0, Math.round(combined * 100)));
    const { lead, tail } = skillReasons(skillScore.skills);
    const reasons = [...lead, fit.detail, ...tail];
    const basis = basisReason(skillScore.fraction, salary, p.data);
    if (basis) reasons.push(basis);
    return Match.parse({ score, skills: skillScore.skills, salaryFit: fit, reasons });
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
