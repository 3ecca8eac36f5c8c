import { formatTargets } from './format-report.ts';
import { formatTable } from './format-table.ts';
import type { PageResult, PagesReport } from './report-types.ts';
import { ratioText } from './targets.ts';

function wrong(p: PageResult): string[] {
  const notes: string[] = [];
  if (p.parseError !== null) notes.push(`parse failed: ${p.parseError}`);
  else if (p.detected !== p.isPosting) {
    notes.push(p.isPosting ? 'posting not detected' : 'non-posting detected as a posting');
  }
  if (!p.salaryRight) notes.push('salary wrong');
  if (p.skillsMissed.length > 0) notes.push(`skills missed: ${p.skillsMissed.join(', ')}`);
  return notes;
}

function pageRow(p: PageResult): string[] {
  return [
    p.file,
    p.isPosting ? 'posting' : 'not',
    p.detected === null ? 'error' : p.detected ? 'yes' : 'no',
    p.salaryRight ? 'ok' : 'WRONG',
    p.skillsTotal === 0 ? '–' : `${p.skillsFound}/${p.skillsTotal}`,
    `${Math.round(p.millis)}`,
    wrong(p).join(' | '),
  ];
}

/** The real-pages evaluation as text: targets, one row per page, then each salary miss. */
export function formatPagesReport(report: PagesReport): string {
  const sections = [
    [
      `JobLens real-pages evaluation of ${report.dir}: ${report.pages.length} labelled pages, ${Math.round(report.totalMillis)} ms`,
    ],
    [formatTargets(report.targets)],
    [
      "Each page is parsed under its label's url, as `joblens parse --url URL page.html` does.",
      'Salary as in the document comparison: every stated range, nothing more.',
      `  pages with every must-find skill found: ${ratioText(report.pagesWithAllSkills)}`,
    ],
    [
      'Pages:',
      formatTable(
        ['page', 'label', 'detected', 'salary', 'must-find', 'ms', 'what was wrong'],
        report.pages.map(pageRow),
      ),
    ],
  ];
  const failed = report.pages.filter((p) => !p.salaryRight);
  if (failed.length > 0) {
    const lines = ['Salary wrong:'];
    for (const p of failed) {
      lines.push(
        `  ✗ ${p.file}`,
        `      expected ${p.expectedSalary}`,
        `      got      ${p.gotSalary}`,
      );
    }
    sections.push(lines);
  }
  if (report.problems.length > 0) {
    sections.push(['Problems:', ...report.problems.map((p) => `  ${p.file}: ${p.message}`)]);
  }
  if (report.unlabelled.length > 0) {
    sections.push([`Not evaluated (no label): ${report.unlabelled.join(', ')}`]);
  }
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
