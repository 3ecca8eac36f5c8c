import { inlineText, queryAll } from '../page/dom-utils.ts';
import { employmentTypeOf, workplaceOf } from '../page/field-values.ts';
import type { PageFields } from '../page/page-fields.ts';

const MAX_CHIPS = 12;

export interface ChipValues {
  employmentType: PageFields['employmentType'];
  workplace: PageFields['workplace'];
}

/**
 * Job boards show a posting's job type and workplace as short chips ("Full-time", "Remote",
 * "Contract - W2"). Each chip is read alone, the first one that names a value wins; chips
 * inside other jobs' cards are not this posting's.
 */
export function chipValues(
  root: ParentNode,
  selectors: readonly string[],
  cards: string,
): ChipValues {
  const out: ChipValues = { employmentType: null, workplace: null };
  // Capped before the walk up to the cards: a page of thousands of chips costs no more.
  const chips = queryAll(root, selectors.join(', '))
    .slice(0, 4 * MAX_CHIPS)
    .filter((el) => !el.closest(cards))
    .slice(0, MAX_CHIPS);
  for (const chip of chips) {
    const text = inlineText(chip, 80);
    if (!text) continue;
    // "Contract - W2", "Full Time · Remote", "Remote (United States)": the value is one part.
    const parts = [text, ...text.split(/\s*[(),]\s*|\s+[-–·•|]\s+/)];
    for (const part of parts) {
      out.employmentType ??= employmentTypeOf(part);
      out.workplace ??= workplaceOf(part);
    }
  }
  return out;
}
