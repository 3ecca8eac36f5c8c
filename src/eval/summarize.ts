import { prf, ratio } from './ratio.ts';
import type { DocumentResult, EvalReport } from './report-types.ts';

type Summary = Pick<EvalReport, 'salary' | 'skills' | 'detection'>;

function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.reduce((n, item) => (test(item) ? n + 1 : n), 0);
}

/**
 * The figures over all documents. Skills are micro-averaged over labelled postings only:
 * non-postings are labelled with empty lists because nothing should be extracted, which is a
 * detection question, so skills found on them are listed apart rather than mixed into P/R.
 */
export function summarize(docs: readonly DocumentResult[]): Summary {
  const postings = docs.filter((d) => d.isPosting);
  const nonPostings = docs.filter((d) => !d.isPosting);
  const tp = postings.reduce((n, d) => n + d.skills.truePositives, 0);
  const fp = postings.reduce((n, d) => n + d.skills.falsePositives, 0);
  const fn = postings.reduce((n, d) => n + d.skills.falseNegatives, 0);
  // A failed parse is counted as the wrong verdict (see evaluateDocument).
  const said = (d: DocumentResult) => d.detected ?? !d.isPosting;
  const detTp = count(postings, said);
  const detFn = postings.length - detTp;
  const detFp = count(nonPostings, said);
  const detection = prf(detTp, detFp, detFn);
  return {
    salary: {
      all: ratio(
        count(docs, (d) => d.salaryRight),
        docs.length,
      ),
      postings: ratio(
        count(postings, (d) => d.salaryRight),
        postings.length,
      ),
      nonPostings: ratio(
        count(nonPostings, (d) => d.salaryRight),
        nonPostings.length,
      ),
      inventedPay: docs.filter((d) => d.inventedPay).map((d) => d.file),
      location: ratio(
        docs.reduce((n, d) => n + d.locationRight, 0),
        docs.reduce((n, d) => n + d.locationTotal, 0),
      ),
    },
    skills: {
      documents: postings.length,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      ...prf(tp, fp, fn),
      importance: ratio(
        postings.reduce((n, d) => n + d.skills.importanceRight, 0),
        postings.reduce((n, d) => n + d.skills.importanceTotal, 0),
      ),
      onNonPostings: nonPostings
        .filter((d) => d.skills.falsePositives > 0)
        .map((d) => ({ file: d.file, count: d.skills.falsePositives })),
    },
    detection: {
      truePositives: detTp,
      falsePositives: detFp,
      falseNegatives: detFn,
      trueNegatives: nonPostings.length - detFp,
      precision: detection.precision,
      recall: detection.recall,
      falsePositiveFiles: nonPostings.filter(said).map((d) => d.file),
      falseNegativeFiles: postings.filter((d) => !said(d)).map((d) => d.file),
    },
  };
}
