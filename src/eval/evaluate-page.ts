import type { ParseOutcome } from './evaluate-document.ts';
import type { PageLabel } from './label.ts';
import type { PageResult } from './report-types.ts';
import { describeRanges, matchSalary } from './salary-compare.ts';
import { findSkills } from './skills-compare.ts';

/**
 * One saved page against its label: detected as labelled, the stated salary exactly (the
 * document comparison: every range, nothing more), every must-find skill found. A failed parse
 * is wrong on all three, so a crash can never improve a figure.
 */
export function evaluatePage(
  file: string,
  label: PageLabel,
  outcome: ParseOutcome,
  millis: number,
): PageResult {
  const expectedSalary = describeRanges(
    label.salary.map((r) => ({ ...r, location: r.location ?? null })),
  );
  const failed = 'error' in outcome;
  const posting = failed ? null : outcome.posting;
  const skills = findSkills(label.skills_must_find, posting?.skills ?? []);
  return {
    file,
    url: label.url,
    isPosting: label.is_posting,
    detected: posting ? posting.isPosting : null,
    parseError: failed ? outcome.error : null,
    salaryRight:
      posting !== null &&
      matchSalary(label.salary, label.salary_acceptable_alternatives, posting.salary) !== null,
    expectedSalary,
    gotSalary: posting ? describeRanges(posting.salary) : 'parse failed',
    skillsFound: skills.found,
    skillsTotal: skills.total,
    skillsMissed: skills.missed,
    millis,
  };
}
