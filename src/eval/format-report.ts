import { formatGroupTable } from './format-groups.ts';
import { formatTable } from './format-table.ts';
import type { DocumentResult, EvalReport } from './report-types.ts';
import { IGNORED_CATEGORY } from './skills-compare.ts';
import { summarizeGroup } from './summarize-groups.ts';
import { percent } from './targets.ts';

function fixed(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

function fraction(n: number, of: number): string {
  return of === 0 ? '–' : `${n}/${of}`;
}

function documentRow(d: DocumentResult): string[] {
  const s = d.skills;
  const detected = d.detected === null ? 'error' : d.detected ? 'yes' : 'no';
  return [
    d.file,
    d.isPosting ? 'posting' : 'not',
    detected,
    d.salaryRight ? 'ok' : 'WRONG',
    fraction(s.truePositives, s.truePositives + s.falsePositives),
    fraction(s.truePositives, s.truePositives + s.falseNegatives),
    `${Math.round(d.millis)}`,
    d.wrong.length === 0 ? '' : d.wrong.join(' | '),
  ];
}

/** Measure, value, target, verdict: the head of every eval report (documents, scale, pages). */
export function formatTargets(targets: EvalReport['targets']): string {
  const rows = targets.map((t) => [
    t.name,
    t.value,
    t.target,
    t.met === null ? '?' : t.met ? 'met' : 'MISSED',
  ]);
  return formatTable(['measure', 'value', 'target', ''], rows);
}

function groupLines(report: EvalReport): string[] {
  return [
    'By group (file-name prefix; "all" is every document; skills and importance on postings):',
    formatGroupTable(report.groups, summarizeGroup('all', report.documents)),
  ];
}

function salaryLines(report: EvalReport): string[] {
  const { salary } = report;
  const ratioText = (r: { n: number; of: number; rate: number | null }) =>
    `${r.n}/${r.of} (${percent(r.rate)})`;
  return [
    'Salary (documents): min, max (±0.5, open bounds null), currency and period must all agree,',
    'range for range; acceptable alternatives count as right. Location wording is measured apart',
    'and never fails a salary.',
    `  exactly right, all documents: ${ratioText(salary.all)}`,
    `  on postings:                  ${ratioText(salary.postings)}`,
    `  on non-postings:              ${ratioText(salary.nonPostings)}`,
    `  invented pay:                 ${salary.inventedPay.length}${salary.inventedPay.length ? ` (${salary.inventedPay.join(', ')})` : ''}`,
    `  location agrees (loosely), ranges of right documents: ${ratioText(salary.location)}`,
    ...salaryFailureLines(report),
  ];
}

function salaryFailureLines(report: EvalReport): string[] {
  const failed = report.documents.filter((d) => !d.salaryRight);
  if (failed.length === 0) return [];
  const lines = ['  wrong:'];
  for (const d of failed) {
    lines.push(
      `  ✗ ${d.file}`,
      `      expected ${d.expectedSalary}`,
      `      got      ${d.gotSalary}`,
    );
  }
  return lines;
}

function stringLines(report: EvalReport): string[] {
  const { strings } = report;
  if (!strings) return [`Salary strings: not run (${report.stringsSkipped ?? 'skipped'})`];
  const lines = [
    `Salary strings (${strings.file}): exactly right ${strings.right.n}/${strings.right.of} (${percent(strings.right.rate)})`,
  ];
  for (const f of strings.failures) {
    lines.push(
      `  ✗ ${JSON.stringify(f.text)}`,
      `      expected ${f.expected}`,
      `      got      ${f.got}`,
    );
  }
  return lines;
}

function skillLines(report: EvalReport): string[] {
  const { skills } = report;
  const lines = [
    `Skills (micro-averaged over ${skills.documents} labelled postings; labelled required ∪ nice ∪ other`,
    `vs parsed, names through aliases; parsed skills of category "${IGNORED_CATEGORY}" are ignored`,
    'because labels name concrete technologies only):',
    `  TP ${skills.truePositives}  FP ${skills.falsePositives}  FN ${skills.falseNegatives}`,
    `  precision ${fixed(skills.precision)}  recall ${fixed(skills.recall)}  F1 ${fixed(skills.f1)}`,
    `  importance right (required vs nice, on skills found in both): ${skills.importance.n}/${skills.importance.of} (${percent(skills.importance.rate)})`,
  ];
  if (skills.onNonPostings.length > 0) {
    const list = skills.onNonPostings.map((x) => `${x.file} (${x.count})`).join(', ');
    lines.push(`  skills reported on non-postings: ${list}`);
  }
  return lines;
}

function detectionLines(report: EvalReport): string[] {
  const d = report.detection;
  return [
    `Detection (is_posting): precision ${fixed(d.precision)}  recall ${fixed(d.recall)}  (TP ${d.truePositives}, FP ${d.falsePositives}, FN ${d.falseNegatives}, TN ${d.trueNegatives})`,
    `  false positives: ${d.falsePositiveFiles.join(', ') || 'none'}`,
    `  false negatives: ${d.falseNegativeFiles.join(', ') || 'none'}`,
  ];
}

/** The evaluation as a readable text report: targets, figures, per-document table, problems. */
export function formatEvalReport(report: EvalReport): string {
  const docs = formatTable(
    ['file', 'label', 'detected', 'salary', 'skills P', 'skills R', 'ms', 'what was wrong'],
    report.documents.map(documentRow),
  );
  const sections = [
    [
      `JobLens evaluation of ${report.dir}: ${report.documents.length} labelled documents, ${Math.round(report.totalMillis)} ms`,
    ],
    [formatTargets(report.targets)],
    groupLines(report),
    salaryLines(report),
    stringLines(report),
    skillLines(report),
    detectionLines(report),
    ['Documents:', docs],
  ];
  if (report.problems.length > 0) {
    sections.push(['Problems:', ...report.problems.map((p) => `  ${p.file}: ${p.message}`)]);
  }
  if (report.unlabelled.length > 0) {
    sections.push([`Not evaluated (no label): ${report.unlabelled.join(', ')}`]);
  }
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}

/** A whole report (documents, scale or pages) as JSON, for tooling and for comparing runs. */
export function evalReportToJson(report: object): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
