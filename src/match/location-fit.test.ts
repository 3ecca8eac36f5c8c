import { describe, expect, it } from 'vitest';
import type { Posting } from '../schema/posting.ts';
import { locationFit } from './location-fit.ts';
import { countriesIn } from './places.ts';
import { scoreMatch } from './score.ts';
import { pay, posting, profile, skill, TARGET_180K } from './test-fixtures.ts';

const job = (locations: string[], workplace: Posting['workplace'] = null): Posting => ({
  ...posting([skill('Go', 'required')]),
  locations,
  workplace,
});

describe('countriesIn', () => {
  it.each([
    ['Denver, CO', ['US']],
    ['Toronto, ON', ['CA']],
    ['Toronto, ON, CA', ['CA']],
    ['Remote - Canada', ['CA']],
    ['München, Deutschland', ['DE']],
    ['Lyon, France', ['FR']],
    ['London, UK', ['GB']],
    ['Remote (US)', ['US']],
    ['Bengaluru, Karnataka, India', ['IN']],
    ['Springfield', []],
  ])('%s -> %j', (place, codes) => {
    expect([...countriesIn(place)].sort()).toEqual(codes);
  });
});

describe('locationFit', () => {
  it('an on-site job in another country does not fit, with the reason', () => {
    const fit = locationFit(
      profile([], { location: 'Denver, CO' }),
      job(['Berlin, Germany'], 'onsite'),
    );
    expect(fit).toEqual({
      status: 'mismatch',
      detail: 'Job in Germany, another country than yours (Denver, CO)',
    });
  });

  it('an on-site job in another city of the same country fits in part', () => {
    const fit = locationFit(profile([], { location: 'Denver, CO' }), job(['Austin, TX'], 'onsite'));
    expect(fit.status).toBe('partial');
    expect(fit.detail).toBe('Job in Austin, TX, not in your city (Denver, CO)');
  });

  it('the same city fits', () => {
    const fit = locationFit(
      profile([], { location: 'Austin, Texas' }),
      job(['Austin, TX'], 'hybrid'),
    );
    expect(fit.status).toBe('fits');
  });

  it('a remote-only user: hybrid fits in part, on-site does not', () => {
    const p = profile([], { remote: 'remote' });
    expect(locationFit(p, job(['Austin, TX'], 'hybrid')).detail).toBe(
      'Hybrid job; you want remote work only',
    );
    expect(locationFit(p, job(['Austin, TX'], 'onsite')).status).toBe('mismatch');
    expect(locationFit(p, job(['Anywhere'], 'remote')).status).toBe('unknown');
  });

  it('a remote job restricted to another country does not fit', () => {
    const fit = locationFit(
      profile([], { location: 'Lisbon, Portugal' }),
      job(['Remote - Canada']),
    );
    expect(fit).toEqual({
      status: 'mismatch',
      detail: 'Remote within Canada only; you are in Lisbon, Portugal',
    });
  });

  it('nothing to compare: unknown, and the score does not move', () => {
    const p = profile(['Go']);
    expect(locationFit(p, job(['Berlin, Germany'], 'onsite')).status).toBe('unknown');
    expect(scoreMatch(p, job(['Berlin, Germany'], 'onsite')).score).toBe(
      scoreMatch(p, job([], null)).score,
    );
  });

  it('moves the score and gives a reason', () => {
    const p = profile(['Go'], { location: 'Denver, CO', remote: 'remote' });
    const near = scoreMatch(p, job(['Denver, CO'], 'remote'));
    const far = scoreMatch(p, job(['Paris, France'], 'onsite'));
    expect(far.score).toBeLessThan(near.score);
    expect(far.reasons).toContain('On-site job; you want remote work');
    expect(far.basis?.summary).toContain('location does not fit');
  });
});

describe('pay tiers for another country', () => {
  it('a tier stated for the US does not apply to a job in Canada', () => {
    const p = profile(['Go'], { targetSalary: TARGET_180K, location: 'Toronto, ON' });
    const q = {
      ...job(['Toronto, ON'], 'onsite'),
      salary: [pay(150_000, 200_000, 'USD', 'year', 'U.S.-based roles')],
    };
    const match = scoreMatch(p, q);
    expect(match.salaryFit.status).toBe('unknown');
    expect(match.salaryFit.detail).toBe(
      "The pay stated is for other places (U.S.-based roles), not this job's",
    );
  });
});
