import { describe, expect, it } from 'vitest';
import { hostOf, matchesAny, matchesPattern, originPattern, webOrigin } from './match-pattern.ts';

describe('matchesPattern', () => {
  it.each([
    ['https://*.greenhouse.io/*', 'https://boards.greenhouse.io/acme/jobs/1', true],
    ['https://*.greenhouse.io/*', 'https://greenhouse.io/', true],
    ['https://*.greenhouse.io/*', 'https://evilgreenhouse.io/', false],
    ['https://*.greenhouse.io/*', 'http://boards.greenhouse.io/x', false],
    ['*://jobs.lever.co/*', 'http://jobs.lever.co/a', true],
    ['*://jobs.lever.co/*', 'ftp://jobs.lever.co/a', false],
    ['https://www.linkedin.com/jobs/*', 'https://www.linkedin.com/jobs/view/1?x=1', true],
    ['https://www.linkedin.com/jobs/*', 'https://www.linkedin.com/feed/', false],
    ['https://*/*', 'https://anything.example/', true],
    ['<all_urls>', 'https://a.b/', true],
    ['<all_urls>', 'chrome://settings', false],
    ['https://a.com/*x*y', 'https://a.com/1x2y', true],
    ['https://a.com/*x*y', 'https://a.com/1x2', false],
    ['https://a.com/path', 'https://a.com/path', true],
    ['https://a.com/path', 'https://a.com/path2', false],
    ['not a pattern', 'https://a.com/', false],
    ['https://a.com/*', 'not a url', false],
  ])('%s vs %s -> %s', (p, u, want) => {
    expect(matchesPattern(p, u)).toBe(want);
  });

  it('is linear on a long adversarial path', () => {
    const url = `https://a.com/${'x'.repeat(200_000)}`;
    const t = performance.now();
    expect(matchesPattern(`https://a.com/${'*x'.repeat(50)}y`, url)).toBe(false);
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe('origin helpers', () => {
  it('webOrigin / originPattern / hostOf / matchesAny', () => {
    expect(webOrigin('https://careers.example.com/jobs/1?x')).toBe('https://careers.example.com');
    expect(webOrigin('chrome://newtab')).toBeNull();
    expect(webOrigin('nope')).toBeNull();
    expect(originPattern('https://a.b')).toBe('https://a.b/*');
    expect(hostOf('https://a.b/c')).toBe('a.b');
    expect(hostOf('::')).toBeNull();
    expect(matchesAny(['https://x.y/*', 'https://a.b/*'], 'https://a.b/c')).toBe(true);
  });
});
