import { PAY_ESTIMATE_WORDS } from './pay-estimate-words.ts';

const ESTIMATE = new RegExp(
  `(?:^|[^\\p{L}])(?:${PAY_ESTIMATE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
  'iu',
);

/** The board's own guess at the pay ("Geschätztes Gehalt", "Estimated salary"), not an offer. */
export function isPayEstimate(text: string): boolean {
  return ESTIMATE.test(text);
}
