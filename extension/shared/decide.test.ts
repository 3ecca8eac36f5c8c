import { describe, expect, it } from 'vitest';
import { decide, type EpochState, type LookResult } from './decide.ts';
import { delayBefore } from './schedule.ts';

const A: LookResult = { key: 'job:a', fingerprint: 'content-a' };
const A2: LookResult = { key: 'job:a', fingerprint: 'content-a-with-salary' };
const B: LookResult = { key: 'job:b', fingerprint: 'content-b' };
const B_STALE: LookResult = { key: 'job:b', fingerprint: 'content-a' };
const NONE: LookResult = { key: null, fingerprint: null };
const base: EpochState = {
  reported: undefined,
  previous: undefined,
  isLastAttempt: false,
  force: false,
};

describe('decide', () => {
  it.each<[string, LookResult, EpochState, { report: boolean; again: boolean }]>([
    ['first sight of a posting: report, look once more', A, base, { report: true, again: true }],
    ['same posting again: done', A, { ...base, reported: A }, { report: false, again: false }],
    [
      'late salary changed the content: report again',
      A2,
      { ...base, reported: A },
      { report: true, again: true },
    ],
    ['not a posting yet: say so once and keep looking', NONE, base, { report: true, again: true }],
    [
      'not a posting, and this document recorded nothing: nothing to take back',
      NONE,
      { ...base, silent: true },
      { report: false, again: true },
    ],
    [
      '… unless "Analyze this page" asked',
      NONE,
      { ...base, silent: true, force: true },
      { report: true, again: true },
    ],
    [
      'a posting in a silent document is reported',
      A,
      { ...base, silent: true },
      { report: true, again: true },
    ],
    [
      'still not a posting: keep quiet, keep looking',
      NONE,
      { ...base, reported: NONE },
      { report: false, again: true },
    ],
    [
      'last look, still nothing: stop',
      NONE,
      { ...base, reported: NONE, isLastAttempt: true },
      { report: false, again: false },
    ],
    [
      'posting gone after navigation: report none',
      NONE,
      { ...base, reported: A },
      { report: true, again: true },
    ],
    [
      'SPA: new key with the old content means the DOM is not swapped yet',
      B_STALE,
      { ...base, reported: A, previous: A },
      { report: false, again: true },
    ],
    [
      'SPA: new key with new content',
      B,
      { ...base, reported: A, previous: A },
      { report: true, again: true },
    ],
    [
      'SPA: two jobs that really read the same are accepted on the last look',
      B_STALE,
      { ...base, reported: A, previous: A, isLastAttempt: true },
      { report: true, again: false },
    ],
    [
      'analyze asked: report even when nothing changed',
      A,
      { ...base, reported: A, force: true },
      { report: true, again: true },
    ],
    [
      'analyze on a non-posting: report none again',
      NONE,
      { ...base, reported: NONE, force: true },
      { report: true, again: true },
    ],
  ])('%s', (_label, look, state, want) => {
    expect(decide(look, state)).toEqual(want);
  });
});

describe('delayBefore', () => {
  it('walks the schedule and ends', () => {
    expect(delayBefore(0)).toBe(0);
    expect(delayBefore(1)).toBe(250);
    expect(delayBefore(99)).toBeNull();
    expect(delayBefore(-1)).toBeNull();
  });
});
