import { describe, expect, it } from 'vitest';
import { splitRunTogetherItems } from './run-together-items.ts';

describe('splitRunTogetherItems', () => {
  it('puts each item of a list run together with " - " on its own line', () => {
    expect(
      splitRunTogetherItems(
        'Skills: - Two years of bookkeeping - Payroll in Gusto - Excel (pivot tables) - A calm voice',
      ),
    ).toBe(
      'Skills:\n- Two years of bookkeeping\n- Payroll in Gusto\n- Excel (pivot tables)\n- A calm voice',
    );
  });

  it('splits bullets run together with "•"', () => {
    expect(splitRunTogetherItems('Tools • Figma • Canva • Trello preferred')).toBe(
      'Tools\n• Figma\n• Canva\n• Trello preferred',
    );
  });

  it('leaves lines with fewer separators, ranges and lower-case dashes alone', () => {
    for (const text of [
      'Pay: $20 - $24 per hour - Monday - Friday',
      'Shifts - Days or Nights - Weekends',
      'a well-run team - great people - fair pay - good hours',
    ]) {
      expect(splitRunTogetherItems(text)).toBe(text);
    }
  });
});
