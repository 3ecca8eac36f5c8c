import type { EvalReport, Ratio, TargetCheck } from './report-types.ts';

/** The acceptance targets printed beside the figures (JobLens issue 19). */
export const TARGETS = {
  salaryDocuments: 0.95,
  salaryStrings: 0.95,
  inventedPay: 0,
  nonPostingsDetected: 0,
  postingsDetected: 0.97,
  skillsF1: 0.9,
  /** Every file-name prefix group on its own, so one group cannot carry another. */
  skillsF1EveryGroup: 0.85,
  /** Required vs nice, on skills found in both (see skills-compare.ts). */
  importance: 0.9,
  /** Scale set: pay rows whose expected range is among the extracted ones. */
  scaleFound: 0.95,
  scaleInvented: 0,
  /** Real pages: every page as labelled. */
  pagesRight: 1,
} as const;

export function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

export function ratioText(r: Ratio): string {
  return `${r.n}/${r.of} (${percent(r.rate)})`;
}

/** n/of must reach a share; unmeasurable (nothing to count) when of is zero. */
export function atLeast(name: string, r: Ratio, target: number): TargetCheck {
  return {
    name,
    value: ratioText(r),
    target: target >= 1 ? 'all' : `≥ ${percent(target)}`,
    met: r.rate === null ? null : r.rate >= target,
  };
}

/** A count of errors that must not pass a limit; `of` (when given): how many could go wrong. */
export function atMost(name: string, count: number, limit: number, of?: number): TargetCheck {
  return {
    name,
    value: of === undefined ? String(count) : `${count}/${of}`,
    target: limit === 0 ? '= 0' : `≤ ${limit}`,
    met: count <= limit,
  };
}

function f1Check(name: string, value: number | null, target: number, label = ''): TargetCheck {
  return {
    name,
    value: value === null ? 'n/a' : `${label}${value.toFixed(3)}`,
    target: `≥ ${target.toFixed(2)}`,
    met: value === null ? null : value >= target,
  };
}

/** The lowest group F1 decides; groups with nothing to score (no skills labelled) are skipped. */
function everyGroupF1(groups: EvalReport['groups']): TargetCheck {
  const scored = groups.filter((g) => g.skills.f1 !== null);
  const name = 'Skills: F1 in every group';
  if (scored.length === 0) return f1Check(name, null, TARGETS.skillsF1EveryGroup);
  const lowest = scored.reduce((a, b) => ((b.skills.f1 ?? 1) < (a.skills.f1 ?? 1) ? b : a));
  const below = scored.filter((g) => (g.skills.f1 ?? 1) < TARGETS.skillsF1EveryGroup).length;
  const check = f1Check(name, lowest.skills.f1, TARGETS.skillsF1EveryGroup, `${lowest.group} `);
  return below > 0
    ? { ...check, value: `${check.value} (${below} ${below === 1 ? 'group' : 'groups'} below)` }
    : check;
}

export function checkTargets(
  report: Pick<EvalReport, 'salary' | 'skills' | 'detection' | 'strings' | 'groups'>,
): TargetCheck[] {
  const { salary, skills, detection, strings, groups } = report;
  const detected = detection.truePositives;
  return [
    atLeast('Salary: documents exactly right', salary.all, TARGETS.salaryDocuments),
    strings
      ? atLeast('Salary: strings exactly right', strings.right, TARGETS.salaryStrings)
      : {
          name: 'Salary: strings exactly right',
          value: 'not run',
          target: `≥ ${percent(TARGETS.salaryStrings)}`,
          met: null,
        },
    atMost('Invented pay (documents)', salary.inventedPay.length, TARGETS.inventedPay),
    atMost(
      'Non-postings detected as postings',
      detection.falsePositives,
      TARGETS.nonPostingsDetected,
      detection.falsePositives + detection.trueNegatives,
    ),
    atLeast(
      'Postings detected',
      { n: detected, of: detected + detection.falseNegatives, rate: detection.recall },
      TARGETS.postingsDetected,
    ),
    f1Check('Skills: F1', skills.f1, TARGETS.skillsF1),
    everyGroupF1(groups),
    atLeast('Skills: importance right', skills.importance, TARGETS.importance),
  ];
}
