import { describe, expect, it } from 'vitest';
import { parseHtmlLinkedom } from '../dom/linkedom-env.ts';
import { namesBoard } from './board-estimate.ts';
import { chipValues } from './chip-values.ts';
import { firstOutside, payOutside, textOutside } from './outside-cards.ts';

const page = (body: string) =>
  parseHtmlLinkedom(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
const CARDS = '.card';

describe('reading outside other jobs’ cards', () => {
  const doc =
    page(`<div class="card"><h2 class="t">Card title</h2><p class="pay">$9 an hour</p></div>
    <h2 class="t"></h2><h2 class="t">Posting title</h2>
    <div class="pay"><span class="pay">$20 - $25 an hour</span></div>
    <p class="pay">Pay: competitive</p><p class="pay">$20 - $25 an hour</p>`);

  it('skips the cards, and empty elements for text', () => {
    expect(firstOutside(doc, ['.missing', '.t'], CARDS)?.textContent).toBe('');
    expect(textOutside(doc, ['.t'], CARDS)).toBe('Posting title');
  });

  it('reads each pay box once, with a figure, not a card’s', () => {
    expect(payOutside(doc, ['.pay'], CARDS)).toEqual([
      { text: '$20 - $25 an hour', location: null },
    ]);
  });

  it('leaves out what notPay rejects, and stops at max', () => {
    const boxes = page('<p class="p">$1 a</p><p class="p">$2 b</p><p class="p">$3 c</p>');
    expect(payOutside(boxes, ['.p'], CARDS, { max: 2 }).map((b) => b.text)).toEqual([
      '$1 a',
      '$2 b',
    ]);
    const notB = (t: string) => t.endsWith('b');
    expect(payOutside(boxes, ['.p'], CARDS, { notPay: notB }).map((b) => b.text)).toEqual([
      '$1 a',
      '$3 c',
    ]);
  });
});

describe('chipValues', () => {
  it.each([
    ['<span class="c">Contract - W2</span>', 'contract', null],
    [
      '<span class="c">Remote (Canada)</span><span class="c">Part-time</span>',
      'part_time',
      'remote',
    ],
    ['<span class="c">Full Time · Hybrid</span>', 'full_time', 'hybrid'],
    [
      '<div class="card"><span class="c">Internship</span></div><span class="c">Temporary</span>',
      'temporary',
      null,
    ],
    ['<span class="c">Senior level</span>', null, null],
  ])('%s', (html, employmentType, workplace) => {
    expect(chipValues(page(html), ['.c'], CARDS)).toEqual({ employmentType, workplace });
  });
});

describe('namesBoard', () => {
  const isEstimate = namesBoard('Glassdoor');
  it.each([
    ['$50K - $60K (Glassdoor est.)', true],
    ['50 000 € - 60 000 € (Glassdoor-Schätzung)', true],
    ['$50K - $60K (Employer provided)', false],
    ['$50K - $60K (Employer est.)', false],
    ['Glassdoorway Inc pays $50K', false],
  ])('%s: %s', (text, expected) => {
    expect(isEstimate(text)).toBe(expected);
  });
});
