import { describe, expect, it } from 'vitest';
import { breakFlatLabels } from './flat-labels.ts';

describe('breakFlatLabels', () => {
  it('puts a label flattened into a line of prose on a line of its own', () => {
    const text =
      'You will keep the fleet moving and report to the depot manager every week What we need: ' +
      'a clean licence and two years on the road';
    expect(breakFlatLabels(text)).toBe(
      'You will keep the fleet moving and report to the depot manager every week\n' +
        'What we need: a clean licence and two years on the road',
    );
  });

  it('a label after a sentence’s end, with the list run on after it', () => {
    expect(breakFlatLabels('Join a small team. Minimum Qualifications: - Excel - SQL')).toBe(
      'Join a small team.\nMinimum Qualifications: - Excel - SQL',
    );
  });

  it('a title-case heading between sentences, before a capitalised word', () => {
    const text =
      'We plan menus for three sites. Preferred Qualifications Culinary degree. Benefits Free meals.';
    expect(breakFlatLabels(text)).toBe(
      'We plan menus for three sites.\nPreferred Qualifications\nCulinary degree.\nBenefits\nFree meals.',
    );
  });

  it('leaves headings at a line’s start, the tail of a longer heading and plain sentences', () => {
    for (const text of [
      'Requirements: a forklift licence',
      '- Requirements: a forklift licence',
      '**Extra Skills & Experience:**',
      'We value experience. Experience with people matters to us.',
      'Call us at 10:30. Tools: bring your own.',
    ]) {
      expect(breakFlatLabels(text)).toBe(text);
    }
  });

  it('stays linear on a long flat text of would-be headings', () => {
    const unit = 'ok. Requirements Skills Benefits Experience Education Knowledge ';
    const small = unit.repeat(1_600);
    const big = unit.repeat(16_000);
    const time = (t: string) => {
      const started = performance.now();
      breakFlatLabels(t);
      return performance.now() - started;
    };
    time(small);
    expect(time(big)).toBeLessThan(Math.max(50, time(small) * 30));
  });
});
