import { describe, expect, it } from 'vitest';
import { evidenceFor } from './evidence.ts';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('evidenceFor', () => {
  it('returns a short line whole', () => {
    const text = 'Intro\nWe use Python daily\nEnd';
    expect(evidenceFor(text, 13, 19)).toBe('We use Python daily');
  });

  // Regression (found by src/fuzz): the 200-character window around a mention on a long line
  // cut astral characters in half and returned lone surrogates.
  it.each([
    ['emoji', '😀'],
    ['math digit', '𝟏'],
    ['CJK extension B', '𠀀'],
  ])('never cuts a %s in half on a long line', (_, ch) => {
    for (let shift = 0; shift < 4; shift++) {
      const before = `${'x'.repeat(shift)}${ch.repeat(150)} `;
      const text = `${before}Python ${ch.repeat(150)}`;
      const start = before.length;
      const ev = evidenceFor(text, start, start + 'Python'.length);
      expect(ev).toContain('Python');
      expect(ev.length).toBeLessThanOrEqual(200);
      expect(LONE_SURROGATE.test(ev)).toBe(false);
    }
  });
});

describe('evidenceFor on long lines', () => {
  it.each([
    [
      'the sentence around the mention',
      `${'Filler words here. '.repeat(20)}We use Python daily. ${'More filler. '.repeat(20)}`,
      'We use Python daily.',
    ],
    [
      'a window when the sentence is long too',
      `${'word '.repeat(100)}Python ${'word '.repeat(100)}`,
      '…word',
    ],
  ])('returns %s', (_name, text, want) => {
    const start = text.indexOf('Python');
    const ev = evidenceFor(text, start, start + 6);
    expect(ev.startsWith(want)).toBe(true);
    expect(ev).toContain('Python');
    expect(ev.length).toBeLessThanOrEqual(200);
  });

  it('stays fast with many mentions on one huge line', () => {
    const text = 'Python Java Kubernetes Docker React '.repeat(3000);
    const t0 = performance.now();
    for (let at = 0; at < text.length; at += 36 * 3) evidenceFor(text, at, at + 6);
    // 1,000 mentions on a 108 KB line: bounded scans, not line x mentions.
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
