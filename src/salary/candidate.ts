import type { PayPeriod } from '../schema/salary.ts';
import type { Amount } from './amount.ts';

/**
 * A range as read from the tokens, before the pay-context filter decides whether it is pay
 * and before currency and period are settled.
 */
export interface Candidate {
  /** Token indexes of the first and last token, and the char span in the text. */
  first: number;
  last: number;
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  /** Size of the least significant written digit of each bound: "172k" is 1000, "172,500" is 1. */
  minStep: number;
  maxStep: number;
  /** The amounts the range is written with (one for a single figure or an open bound). */
  amounts: Amount[];
  isRange: boolean;
  code: string | null;
  dollar: boolean;
  weakCode: string | null;
  period: PayPeriod | null;
}
