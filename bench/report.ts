import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH_DIR } from './args.ts';
import type { DetailTable, Figure } from './figure.ts';

export interface Meta {
  generatedAt: string;
  commit: string;
  node: string;
  cpu: string;
  cores: number;
  chromium: string | null;
  seconds: number;
  notes: string[];
}

export interface Report {
  meta: Meta;
  figures: Figure[];
  tables: Array<DetailTable & { section: string }>;
}

// Plain words: emoji have no agreed width, and the table is padded for Biome's formatter.
const STATUS: Record<Figure['status'], string> = {
  ok: 'ok',
  over: 'OVER',
  info: 'info',
  'n/a': 'n/a',
  error: 'ERROR',
};

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === 'share') return `${(value * 100).toFixed(1)} %`;
  if (unit === '') return String(value);
  if (unit === '/s' || unit === 'x') return `${value}${unit === 'x' ? '×' : '/s'}`;
  return `${value} ${unit}`;
}

function budgetText(f: Figure): string {
  if (!f.budget) return '';
  return `${f.budget.op === '<' ? '<' : '≤'} ${formatValue(f.budget.max, f.budget.unit)}`;
}

const cell = (s: string | number) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table with padded columns, the way `biome format` writes it. */
function table(columns: string[], rows: Array<Array<string | number>>): string {
  const all = [columns, ...rows].map((r) => columns.map((_, i) => cell(r[i] ?? '')));
  const width = columns.map((_, i) => Math.max(3, ...all.map((r) => (r[i] as string).length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(width[i] as number)).join(' | ')} |`;
  const [head, ...body] = all as [string[], ...string[][]];
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function markdown(r: Report): string {
  const count = (s: Figure['status']) => r.figures.filter((f) => f.status === s).length;
  const sections = [
    ...new Set([...r.figures.map((f) => f.section), ...r.tables.map((t) => t.section)]),
  ];
  const out = [
    '# JobLens benchmark results',
    '',
    `Generated ${r.meta.generatedAt} by \`npm run bench\` in ${Math.round(r.meta.seconds)} s · commit ${r.meta.commit} · Node ${r.meta.node} · ${r.meta.cpu} (${r.meta.cores} cores) · Chromium ${r.meta.chromium ?? 'not run'}`,
    '',
    `**${count('ok')} within budget, ${count('over')} over budget, ${count('error')} errors, ${count('n/a')} not available**, ${count('info')} figures without a budget. \`npm run bench -- --check\` fails on "over" and "error".`,
    '',
  ];
  for (const s of sections) {
    out.push(`## ${s}`, '');
    const figs = r.figures.filter((f) => f.section === s);
    if (figs.length) {
      const rows = figs.map((f) => [
        f.note ? `${f.label} — _${f.note}_` : f.label,
        formatValue(f.value, f.unit),
        budgetText(f),
        STATUS[f.status],
      ]);
      out.push(table(['Figure', 'Value', 'Budget', 'Status'], rows), '');
    }
    for (const t of r.tables.filter((x) => x.section === s))
      out.push(`**${t.title}**`, '', table(t.columns, t.rows), '');
  }
  if (r.meta.notes.length) out.push('## Notes', '', ...r.meta.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}

export function writeReport(r: Report): { json: string; md: string } {
  const json = resolve(BENCH_DIR, 'results.json');
  const md = resolve(BENCH_DIR, 'RESULTS.md');
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(md, markdown(r));
  return { json, md };
}
