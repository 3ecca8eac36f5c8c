import { elementText } from '../page/document-text.ts';
import { queryAll, queryOne } from '../page/dom-utils.ts';
import { tierLabel } from '../page/field-values.ts';
import type { SalaryBlock } from '../page/page-fields.ts';

/** Greenhouse's pay-transparency box: one `.pay-input` per tier, each a `.title` and a `.pay-range`. */
export const GREENHOUSE_PAY_SELECTOR = '.content-pay-transparency, .pay-transparency';
const MAX_TIERS = 30;

function tierTitle(range: Element): string | null {
  const box = range.closest('.pay-input') ?? range.parentElement;
  const title = box ? queryOne(box, '.title, .pay-title, [class*="title"]') : null;
  return title ? elementText(title).replace(/\n+/g, ' ') : null;
}

/**
 * One SalaryBlock per pay tier. The block text keeps the tier title line ("Colorado Hourly
 * Range") because it may carry the pay period; `location` is the title without the
 * "Salary Range" words.
 */
export function greenhousePayBlocks(root: ParentNode): SalaryBlock[] {
  const blocks: SalaryBlock[] = [];
  for (const range of queryAll(root, '.pay-range').slice(0, MAX_TIERS)) {
    const amount = elementText(range).replace(/\n+/g, ' ');
    if (!/\d/.test(amount)) continue;
    const title = tierTitle(range);
    blocks.push({ text: title ? `${title}\n${amount}` : amount, location: tierLabel(title) });
  }
  if (blocks.length > 0) return blocks;
  // A pay box without the usual tier markup: read it whole.
  for (const box of queryAll(root, GREENHOUSE_PAY_SELECTOR).slice(0, MAX_TIERS)) {
    const text = elementText(box);
    if (/\d/.test(text)) blocks.push({ text, location: null });
  }
  return blocks;
}

/** For elementText: leave the pay box out of the description once it is read as blocks. */
export function isGreenhousePayBox(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return /\b(?:content-pay-transparency|pay-transparency)\b/.test(cls);
}
