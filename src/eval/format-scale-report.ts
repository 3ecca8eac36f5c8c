import { formatTargets } from './format-report.ts';
import type { ScaleReport } from './report-types.ts';
import { ratioText } from './targets.ts';

function speedLine({ speed }: ScaleReport): string {
  if (speed.perSecond === null || speed.medianMillis === null) return '  parse throughput: n/a';
  const slowest = speed.slowest
    ? `, slowest ${speed.slowest.millis.toFixed(1)} ms (${speed.slowest.id})`
    : '';
  return [
    `  parse throughput (one core, parse only, one cold pass): ${Math.round(speed.perSecond)} postings/s`,
    `    median ${speed.medianMillis.toFixed(2)} ms, total ${Math.round(speed.millis)} ms${slowest}`,
  ].join('\n');
}

/** The scale evaluation as text: targets, figures, then every miss with expected and got. */
export function formatScaleReport(report: ScaleReport): string {
  const { found, invented, extra } = report;
  const sections = [
    [
      `JobLens scale evaluation of ${report.file}: ${report.rows} rows (${found.of} with pay, ${invented.of} controls)`,
    ],
    [formatTargets(report.targets)],
    [
      'Pay rows: right when the expected range (min, max ±0.5, currency, period) is among the',
      'extracted ranges. Controls state no pay: any extracted salary is invented.',
      `  found: ${ratioText(found)}; by kind: ${report.foundByKind.map((k) => `${k.kind} ${k.found.n}/${k.found.of}`).join(', ') || 'none'}`,
      `  extra ranges on pay rows (information, not errors): ${extra.ranges} on ${extra.rows} rows`,
      `  invented pay on controls: ${ratioText(invented)}`,
      speedLine(report),
    ],
  ];
  if (report.misses.length > 0) {
    const lines = [`Misses (${report.misses.length}):`];
    for (const m of report.misses) {
      lines.push(`  ✗ ${m.id}`, `      expected ${m.expected}`, `      got      ${m.got}`);
    }
    sections.push(lines);
  }
  if (report.problems.length > 0) {
    sections.push(['Problems:', ...report.problems.map((p) => `  ${p.file}: ${p.message}`)]);
  }
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
