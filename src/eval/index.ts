export type { Extract } from './evaluate-strings.ts';
export { evalReportToJson, formatEvalReport } from './format-report.ts';
export type { DocumentResult, EvalReport, Ratio, StringsReport } from './report-types.ts';
export { type ParseFile, runEvaluation } from './run-evaluation.ts';
export { TARGETS } from './targets.ts';
