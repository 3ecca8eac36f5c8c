import type { Ratio } from './report-types.ts';

export function ratio(n: number, of: number): Ratio {
  return { n, of, rate: of > 0 ? n / of : null };
}

/**
 * Precision, recall and F1 from counts; precision and recall are null where their denominator
 * is zero. F1 is 2TP / (2TP + FP + FN), the harmonic mean where both are defined, and 0 when
 * the parse found nothing that was labelled (or only what was not): nothing found is a
 * failure, not "n/a", or a group whose skills all go unread would escape its F1 target.
 */
export function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null;
  return { precision, recall, f1 };
}
