import { ratio } from './ratio.ts';
import type { DocumentResult, GroupSummary } from './report-types.ts';
import { summarize } from './summarize.ts';

/**
 * A document's group: its file name up to the first "_" (the corpus names files by source,
 * "intl_…", "nt_…"), or up to the first "." when it has no "_". Derived from the names, never
 * listed, so a new kind of document gets its own row without a code change.
 */
export function groupOf(file: string): string {
  const cut = file.indexOf('_');
  if (cut > 0) return file.slice(0, cut);
  const dot = file.indexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/** The figures of one set of documents, in the shape of one row of the group table. */
export function summarizeGroup(group: string, docs: readonly DocumentResult[]): GroupSummary {
  const { salary, skills, detection } = summarize(docs);
  return {
    group,
    documents: docs.length,
    salary: salary.all,
    inventedPay: salary.inventedPay.length,
    postingsDetected: ratio(
      detection.truePositives,
      detection.truePositives + detection.falseNegatives,
    ),
    nonPostingsDetected: ratio(
      detection.falsePositives,
      detection.falsePositives + detection.trueNegatives,
    ),
    skills: { precision: skills.precision, recall: skills.recall, f1: skills.f1 },
    importance: skills.importance,
  };
}

/** One summary per group, by group name, so a gain in one cannot hide a loss in another. */
export function summarizeGroups(docs: readonly DocumentResult[]): GroupSummary[] {
  const byGroup = new Map<string, DocumentResult[]>();
  for (const d of docs) {
    const group = groupOf(d.file);
    const list = byGroup.get(group);
    if (list) list.push(d);
    else byGroup.set(group, [d]);
  }
  return [...byGroup.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, list]) => summarizeGroup(group, list));
}
