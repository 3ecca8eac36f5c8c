import { formatSalaryRange } from '../format/salary-format.ts';
import type { ParseOutcome } from './parse-files.ts';

function cut(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function row(o: ParseOutcome): string[] {
  const name = cut(o.input, 34);
  if ('error' in o) return [name, 'error', '', o.error, '', '', ''];
  const p = o.posting;
  const first = p.salary[0];
  const salary = first
    ? formatSalaryRange(first) + (p.salary.length > 1 ? ` +${p.salary.length - 1}` : '')
    : '—';
  const required = p.skills.filter((s) => s.importance === 'required').length;
  return [
    name,
    p.isPosting ? `yes ${p.confidence.toFixed(2)}` : `no ${p.confidence.toFixed(2)}`,
    p.language ?? '—',
    cut(p.title ?? '—', 36),
    salary,
    `${p.skills.length} (${required} req)`,
    o.match ? String(o.match.score) : '',
  ];
}

/** A compact, aligned table for people; --json is the machine contract. */
export function formatTable(outcomes: ParseOutcome[]): string {
  const header = ['input', 'posting', 'lang', 'title', 'salary', 'skills', 'match'];
  const rows = [header, ...outcomes.map(row)];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}
