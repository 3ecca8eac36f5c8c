import type { Ratio } from './report-types.ts';

export function ratio(n: number, of: number): Ratio {
  return { n, of, rate: of > 0 ? n / of : null };
}

/** Precision, recall and F1 from counts; null where the denominator is zero. */
export function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : precision !== null && recall !== null
        ? 0
        : null;
  return { precision, recall, f1 };
}
