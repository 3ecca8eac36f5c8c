import { describe, expect, it } from 'vitest';
import { match } from '../testing/fixtures.ts';
import { BAND_COLOURS, badgeFor, bandOf } from './badge.ts';

describe('bandOf', () => {
  it.each([
    [100, 'high'],
    [75, 'high'],
    [74, 'mid'],
    [50, 'mid'],
    [49, 'low'],
    [0, 'low'],
  ])('%i -> %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});

describe('badgeFor', () => {
  it('shows the score in its band colour', () => {
    expect(badgeFor(true, match({ score: 81 }))).toEqual({ text: '81', color: BAND_COLOURS.high });
    expect(badgeFor(true, match({ score: 12 }))).toEqual({ text: '12', color: BAND_COLOURS.low });
  });
  it('marks a posting without a profile and clears non-postings', () => {
    expect(badgeFor(true, null).text).toBe('•');
    expect(badgeFor(false, match())).toEqual({ text: '', color: null });
  });
});
