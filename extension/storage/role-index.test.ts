import { describe, expect, it } from 'vitest';
import { annualPay, entryPay } from '../options/model/role-rows.ts';
import { savedRole } from '../options/model/test-roles.ts';
import { salary } from '../testing/fixtures.ts';
import { INDEX_KEYS, shardOf } from './keys.ts';
import {
  encodeShard,
  type IndexEntry,
  indexEntryOf,
  indexEntryProblem,
  parseShard,
} from './role-index.ts';
import { shardItems } from './role-layout.ts';

const entry = (over: Record<string, unknown> = {}) => ({ ...indexEntryOf(savedRole()), ...over });

describe('indexEntryProblem: every field is checked', () => {
  it('accepts an entry made from a valid role', () => {
    expect(indexEntryProblem(entry())).toBeNull();
  });

  it.each<[string, Record<string, unknown>]>([
    ['key', { key: '' }],
    ['key', { key: '__proto__' }],
    ['key', { key: 7 }],
    ['url', { url: null }],
    ['title', { title: 3 }],
    ['company', { company: [] }],
    ['locations', { locations: ['x', 1] }],
    ['site', { site: false }],
    ['pay', { pay: [{ currency: 'usd', min: 1, max: 2, tier: null }] }],
    ['pay', { pay: [{ currency: 'USD', min: -1, max: 2, tier: null }] }],
    ['pay', { pay: [{ currency: 'USD', min: null, max: null, tier: null }] }],
    ['pay', { pay: [{ currency: 'USD', min: 1, max: Number.POSITIVE_INFINITY, tier: null }] }],
    ['pay', { pay: [{ currency: 'USD', min: 1, max: 2, tier: 5 }] }],
    ['pay', { pay: 'lots' }],
    ['score', { score: 101 }],
    ['score', { score: 50.5 }],
    ['summary', { summary: 1 }],
    ['stage', { stage: 'dreaming' }],
    ['note', { note: 'x'.repeat(5001) }],
    ['savedAt', { savedAt: -5 }],
    ['updatedAt', { updatedAt: 1.5 }],
    ['required', { required: [1] }],
    ['preferred', { preferred: null }],
    ['mentioned', { mentioned: 'Go' }],
  ])('refuses a bad %s (%j)', (field, over) => {
    expect(indexEntryProblem(entry(over))).toBe(field);
  });

  it('refuses what is not an object', () => {
    for (const bad of [null, 'x', [], 5]) expect(indexEntryProblem(bad)).toBe('not an object');
  });
});

describe('parseShard', () => {
  const good = entry({ key: 'greenhouse:1' });
  const n = shardOf('greenhouse:1');

  it('reads back what encodeShard wrote', () => {
    expect(parseShard(encodeShard([good]), n)).toEqual([good]);
  });

  it.each<[string, unknown, number, RegExp]>([
    ['missing', undefined, n, /missing/],
    ['not a string', [good], n, /JSON string/],
    ['broken JSON', '[{"key":', n, /valid JSON/],
    ['not a list', '{}', n, /not a list/],
    [
      'a bad entry',
      encodeShard([{ ...good, stage: 'dreaming' } as unknown as IndexEntry]),
      n,
      /stage/,
    ],
    ['the wrong shard', encodeShard([good]), (n + 1) % INDEX_KEYS.length, /wrong shard/],
    ['a duplicate', encodeShard([good, good]), n, /twice/],
  ])('is not trusted in part: %s', (_label, raw, shard, reason) => {
    expect(parseShard(raw, shard)).toMatch(reason);
  });

  it('shardItems files every entry in its own shard, and writes every shard', () => {
    const entries = Array.from({ length: 300 }, (_, i) => entry({ key: `lever:${i}` }));
    const items = shardItems(entries);
    expect(Object.keys(items).sort()).toEqual([...INDEX_KEYS].sort());
    const back = INDEX_KEYS.flatMap((k, i) => parseShard(items[k], i) as IndexEntry[]);
    expect(back.map((e) => e.key).sort()).toEqual(entries.map((e) => e.key).sort());
    // The hash spreads keys: no shard holds more than a few times its share.
    for (const k of INDEX_KEYS)
      expect((parseShard(items[k], INDEX_KEYS.indexOf(k)) as []).length).toBeLessThan(30);
  });
});

describe('entryPay picks the range annualPay (chooseRange) picks, from the index alone', () => {
  const tier = (location: string | null, min: number, over = {}) =>
    salary({ min, max: min + 10_000, location, annual: { min, max: min + 10_000 }, ...over });
  const cases = [
    [],
    [tier(null, 100_000)],
    [tier('Colorado', 120_000), tier('All other US locations', 100_000)],
    [tier('New York City', 150_000), tier('Colorado', 120_000), tier('Remote', 110_000)],
    [tier('Zone A', 90_000), tier(null, 200_000, { basis: 'ote' })],
    [tier(null, 200_000, { basis: 'ote' }), tier(null, 210_000, { basis: 'total_cash' })],
    [
      tier('London', 60_000, { currency: 'GBP' }),
      tier('Elsewhere in the UK', 50_000, { currency: 'GBP' }),
    ],
    [salary({ min: 55, max: null, period: 'hour', annual: { min: 114_400.4, max: null } })],
  ];
  const places = [null, '', 'Denver, CO', 'Brooklyn, New York City', 'London', 'Tokyo'];
  it.each(cases.map((c, i) => [i, c] as const))('case %i, every profile location', (_i, ranges) => {
    const role = savedRole({ salary: ranges });
    for (const place of places)
      expect(entryPay(indexEntryOf(role), place), String(place)).toEqual(annualPay(role, place));
  });
});
