import type { EvalReport, Ratio, TargetCheck } from './report-types.ts';

/** The acceptance targets printed beside the figures. */
export const TARGETS = {
  salaryDocuments: 0.95,
  salaryStrings: 0.9,
  skillsF1: 0.85,
  inventedPay: 0,
  nonPostingsDetected: 0,
} as const;

export function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

function atLeast(name: string, r: Ratio, target: number): TargetCheck {
  return {
    name,
    value: `${r.n}/${r.of} (${percent(r.rate)})`,
    target: `≥ ${percent(target)}`,
    met: r.rate === null ? null : r.rate >= target,
  };
}

export function checkTargets(
  report: Pick<EvalReport, 'salary' | 'skills' | 'detection' | 'strings'>,
): TargetCheck[] {
  const { salary, skills, detection, strings } = report;
  return [
    atLeast('Salary: documents exactly right', salary.all, TARGETS.salaryDocuments),
    strings
      ? atLeast('Salary: strings exactly right', strings.right, TARGETS.salaryStrings)
      : { name: 'Salary: strings exactly right', value: 'not run', target: '≥ 90.0%', met: null },
    {
      name: 'Skills: F1',
      value: skills.f1 === null ? 'n/a' : skills.f1.toFixed(3),
      target: `≥ ${TARGETS.skillsF1}`,
      met: skills.f1 === null ? null : skills.f1 >= TARGETS.skillsF1,
    },
    {
      name: 'Invented pay (documents)',
      value: String(salary.inventedPay.length),
      target: '= 0',
      met: salary.inventedPay.length === TARGETS.inventedPay,
    },
    {
      name: 'Non-postings detected as postings',
      value: String(detection.falsePositives),
      target: '= 0',
      met: detection.falsePositives === TARGETS.nonPostingsDetected,
    },
  ];
}
