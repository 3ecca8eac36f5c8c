import { describe, expect, it } from 'vitest';
import { profile } from '../testing/fixtures.ts';
import { parseProfileFile, profileFileText } from './profile-file.ts';

describe('parseProfileFile', () => {
  it('reads a valid file and round-trips the export', () => {
    const p = profile({ targetSalary: { min: 120000, currency: 'USD', period: 'year' } });
    const r = parseProfileFile(profileFileText(p));
    expect(r).toEqual({ ok: true, profile: p });
  });

  it('accepts a byte-order mark', () => {
    expect(parseProfileFile(`\uFEFF${JSON.stringify(profile())}`).ok).toBe(true);
  });

  it.each([
    ['empty', '   ', /empty/],
    ['not JSON', '{ skills: [', /not valid JSON/],
    ['an array', '[]', /one JSON object/],
    ['no version', '{"skills":[]}', /version/],
    ['version 2', '{"version":2,"skills":[]}', /version/],
    ['skills not a list', '{"version":1,"skills":"go"}', /skills: /],
    [
      'a skill without a name',
      '{"version":1,"skills":[{"name":"Go"},{"name":""}]}',
      /skills\[1\]\.name/,
    ],
    [
      'bad currency',
      '{"version":1,"skills":[],"targetSalary":{"min":1,"currency":"usd","period":"year"}}',
      /targetSalary\.currency/,
    ],
  ])('%s -> a clear error', (_l, text, msg) => {
    const r = parseProfileFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(msg);
  });

  it('refuses oversized files before parsing', () => {
    expect(parseProfileFile('{}', 2_000_000)).toEqual({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
  });
});
