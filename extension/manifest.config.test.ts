import { describe, expect, it } from 'vitest';
import { warMatches } from './manifest.config.ts';

describe('warMatches', () => {
  it('widens path patterns to their origin and dedupes', () => {
    expect(
      warMatches([
        '*://*.linkedin.com/jobs/*',
        '*://*.linkedin.com/comm/jobs/*',
        '*://jobs.lever.co/*',
      ]),
    ).toEqual(['*://*.linkedin.com/*', '*://jobs.lever.co/*']);
  });
});
