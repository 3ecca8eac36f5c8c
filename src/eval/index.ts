export type { ParseText } from './evaluate-scale.ts';
export type { Extract } from './evaluate-strings.ts';
export { formatPagesReport } from './format-pages-report.ts';
export { evalReportToJson, formatEvalReport } from './format-report.ts';
export { formatScaleReport } from './format-scale-report.ts';
export type {
  DocumentResult,
  EvalReport,
  GroupSummary,
  PageResult,
  PagesReport,
  Ratio,
  ScaleReport,
  StringsReport,
} from './report-types.ts';
export { type ParseFile, runEvaluation } from './run-evaluation.ts';
export { type ParsePage, runPages } from './run-pages.ts';
export { runScale } from './run-scale.ts';
export { TARGETS } from './targets.ts';
