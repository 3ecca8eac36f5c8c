import { formatTable } from './format-table.ts';
import type { GroupSummary, Ratio } from './report-types.ts';

function share(r: Ratio): string {
  return r.of === 0 || r.rate === null ? '–' : `${r.n}/${r.of} ${(r.rate * 100).toFixed(0)}%`;
}

function fixed(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

function row(g: GroupSummary): string[] {
  return [
    g.group,
    String(g.documents),
    share(g.salary),
    String(g.inventedPay),
    share(g.postingsDetected),
    g.nonPostingsDetected.of === 0 ? '–' : `${g.nonPostingsDetected.n}/${g.nonPostingsDetected.of}`,
    fixed(g.skills.precision),
    fixed(g.skills.recall),
    fixed(g.skills.f1),
    share(g.importance),
  ];
}

/** The figures per file-name prefix group, then all documents together, as one table. */
export function formatGroupTable(groups: readonly GroupSummary[], all: GroupSummary): string {
  return formatTable(
    [
      'group',
      'docs',
      'salary right',
      'invented',
      'postings detected',
      'non-postings detected',
      'skills P',
      'R',
      'F1',
      'importance right',
    ],
    [...groups, all].map(row),
  );
}
