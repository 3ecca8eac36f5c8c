import type { z } from 'zod';
import type { LocationFit, MatchBasis, SalaryFit } from '../schema/match.ts';
import type { MatchedSkillT } from './skill-match.ts';

const PAY: Record<z.infer<typeof SalaryFit>['status'], string> = {
  meets: 'pay meets target',
  partial: 'pay partly meets target',
  below: 'pay below target',
  unknown: 'pay not compared',
  currency_mismatch: 'pay in another currency',
};

const PLACE: Record<LocationFit['status'], string | null> = {
  fits: 'location fits',
  partial: 'location partly fits',
  mismatch: 'location does not fit',
  unknown: null,
};

/**
 * What a score rests on, in one line: "skills 6/11 · pay meets target · location fits", or
 * "based on 1 skill · pay not compared" when the evidence is thin.
 */
export function scoreBasis(
  skills: readonly MatchedSkillT[],
  pay: z.infer<typeof SalaryFit>,
  place: LocationFit,
): z.infer<typeof MatchBasis> {
  const total = skills.length;
  const matched = skills.filter((s) => s.state === 'matched').length;
  const skillPart =
    total === 0
      ? 'no skills listed'
      : total < 3
        ? `based on ${total} ${total === 1 ? 'skill' : 'skills'} (${matched} yours)`
        : `skills ${matched}/${total}`;
  const parts = [skillPart, PAY[pay.status], PLACE[place.status]].filter(
    (p): p is string => p !== null,
  );
  return { skillsTotal: total, skillsMatched: matched, summary: parts.join(' · ') };
}
