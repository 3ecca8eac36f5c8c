import type { Posting } from '../schema/posting.ts';
import type { Label } from './label.ts';
import type { DocumentResult } from './report-types.ts';
import { describeRanges, matchSalary, sameLocation } from './salary-compare.ts';
import { compareSkills } from './skills-compare.ts';

export type ParseOutcome = { posting: Posting } | { error: string };

const NOTE_NAMES = 4;

function names(list: readonly string[]): string {
  const shown = list.slice(0, NOTE_NAMES).join(', ');
  return list.length > NOTE_NAMES ? `${shown} +${list.length - NOTE_NAMES}` : shown;
}

/**
 * One labelled document against its parse. A failed parse counts as wrong on every measure
 * (salary wrong, every labelled skill missed, detection the opposite of the label), so a crash
 * can never improve a figure; it is also listed among the problems.
 */
export function evaluateDocument(
  file: string,
  label: Label,
  outcome: ParseOutcome,
  millis: number,
): DocumentResult {
  const expectedSalary = describeRanges(
    label.salary.map((r) => ({ ...r, location: r.location ?? null })),
  );
  if ('error' in outcome) {
    return {
      file,
      isPosting: label.is_posting,
      detected: null,
      parseError: outcome.error,
      salaryRight: false,
      inventedPay: false,
      expectedSalary,
      gotSalary: 'parse failed',
      locationRight: 0,
      locationTotal: 0,
      skills: compareSkills(label, []),
      wrong: [`parse failed: ${outcome.error}`],
      millis,
    };
  }
  const { posting } = outcome;
  const wrong: string[] = [];
  if (posting.isPosting !== label.is_posting) {
    wrong.push(label.is_posting ? 'posting not detected' : 'non-posting detected as a posting');
  }
  const pairs = matchSalary(label.salary, label.salary_acceptable_alternatives, posting.salary);
  const gotSalary = describeRanges(posting.salary);
  const labelHasSalary =
    label.salary.length > 0 || label.salary_acceptable_alternatives.some((a) => a.length > 0);
  const inventedPay = !labelHasSalary && posting.salary.length > 0;
  // The ranges themselves are listed in the report's salary section; the note stays brief.
  if (inventedPay) wrong.push('invented pay');
  else if (!pairs) wrong.push('salary wrong');
  const locationRight = (pairs ?? []).filter(([e, g]) => sameLocation(e.location, g.location));
  if (pairs && locationRight.length < pairs.length) {
    const off = pairs.filter(([e, g]) => !sameLocation(e.location, g.location));
    wrong.push(
      `location wording: ${off.map(([e, g]) => `${e.location ?? 'none'} vs ${g.location ?? 'none'}`).join('; ')}`,
    );
  }
  const skills = compareSkills(label, posting.skills);
  if (label.is_posting) {
    if (skills.missed.length > 0) wrong.push(`skills missed: ${names(skills.missed)}`);
    if (skills.extra.length > 0) wrong.push(`skills extra: ${names(skills.extra)}`);
    if (skills.importanceWrong.length > 0) {
      wrong.push(`importance: ${names(skills.importanceWrong)}`);
    }
  } else if (skills.extra.length > 0) {
    wrong.push(`skills on a non-posting: ${names(skills.extra)}`);
  }
  return {
    file,
    isPosting: label.is_posting,
    detected: posting.isPosting,
    parseError: null,
    salaryRight: pairs !== null,
    inventedPay,
    expectedSalary,
    gotSalary,
    locationRight: locationRight.length,
    locationTotal: pairs?.length ?? 0,
    skills,
    wrong,
    millis,
  };
}
