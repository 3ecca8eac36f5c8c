import { describe, expect, it } from 'vitest';
import { inferPeriodByMagnitude, periodAdverb, periodNoun, unitToPeriod } from './period-words.ts';

describe('unitToPeriod', () => {
  it.each([
    ['HOUR', 'hour'],
    ['DAY', 'day'],
    ['WEEK', 'week'],
    ['MONTH', 'month'],
    ['YEAR', 'year'],
    ['per-year-salary', 'year'],
    ['per-hour-wage', 'hour'],
    ['per-month-salary', 'month'],
    ['yearly', 'year'],
    ['Annual', 'year'],
    ['annually', 'year'],
    ['monthly', 'month'],
    ['Hourly', 'hour'],
    ['P1Y', 'year'],
    ['PT1H', 'hour'],
    ['P1M', 'month'],
  ])('%s -> %s', (unit, period) => {
    expect(unitToPeriod(unit)).toBe(period);
  });

  it.each(['', 'salary', 'FORTNIGHT', 'PT1M', 'xyz'])('%j is unknown', (unit) => {
    expect(unitToPeriod(unit)).toBeNull();
  });
});

describe('period words', () => {
  it.each([
    ['annum', 'year'],
    ['yr', 'year'],
    ['yrs', 'year'],
    ['hr', 'hour'],
    ['h', 'hour'],
    ['mo', 'month'],
    ['Monat', 'month'],
    ['days', 'day'],
  ])('noun %s -> %s', (w, p) => {
    expect(periodNoun(w)).toBe(p);
  });

  it.each([
    ['annually', 'year'],
    ['pa', 'year'],
    ['hourly', 'hour'],
    ['daily', 'day'],
    ['weekly', 'week'],
    ['monthly', 'month'],
    ['miesięcznie', 'month'],
  ])('adverb %s -> %s', (w, p) => {
    expect(periodAdverb(w)).toBe(p);
  });
});

describe('inferPeriodByMagnitude', () => {
  it.each([
    [18, 'hour'],
    [249, 'hour'],
    [250, 'month'],
    [4_500, 'month'],
    [14_999, 'month'],
    [15_000, 'year'],
    [185_000, 'year'],
  ])('%s USD -> %s', (size, period) => {
    expect(inferPeriodByMagnitude(size)).toBe(period);
  });
});
