import { describe, expect, it } from 'vitest';
import { labelLines } from './chart-label.ts';

describe('labelLines: chart labels broken between words, not cut', () => {
  it('a short label is one line', () => {
    expect(labelLines('Ward Nurse — Harbour Clinic', 30)).toEqual(['Ward Nurse — Harbour Clinic']);
  });

  it('a longer one goes on a second line at a space', () => {
    expect(labelLines('Senior Site Reliability Engineer — Northwind Freight', 30)).toEqual([
      'Senior Site Reliability',
      'Engineer — Northwind Freight',
    ]);
  });

  it('what does not fit in the last line ends in an ellipsis', () => {
    const lines = labelLines(
      'Principal Machine Learning Platform Engineer, Recommendations — Very Long Company Name Ltd',
      24,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(25);
  });

  it('one word longer than a line is cut with an ellipsis', () => {
    expect(labelLines('Donaudampfschifffahrtsgesellschaftskapitän', 12, 1)).toEqual([
      'Donaudampfs…',
    ]);
  });
});
