import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Profile } from '../../src/schema/profile.ts';
import { profile } from '../testing/fixtures.ts';
import { checkRecord, checkValue } from './validate.ts';

const NOW = 1_700_000_000_000;

describe('checkValue', () => {
  it.each([
    ['missing', undefined, null, 0],
    ['valid', profile(), profile(), 0],
    ['wrong version', { ...profile(), version: 2 }, null, 1],
    ['not an object', 'hello', null, 1],
    ['bad skill', { version: 1, skills: [{ name: '' }] }, null, 1],
  ])('%s', (_label, raw, value, setAside) => {
    const r = checkValue('profile', raw, Profile.nullable(), null, NOW);
    expect(r.value).toEqual(value);
    expect(r.setAside).toHaveLength(setAside);
    if (setAside) {
      expect(r.setAside[0]).toMatchObject({ originalKey: 'profile', value: raw, at: NOW });
      expect(r.setAside[0]?.reason).not.toBe('');
    }
  });
});

describe('checkRecord', () => {
  const Entry = z.object({ key: z.string(), n: z.number() });
  const keyOf = (e: { key: string }) => e.key;

  it('keeps good entries and sets bad ones aside one by one', () => {
    const raw = { a: { key: 'a', n: 1 }, b: { key: 'b', n: 'x' }, c: { key: 'zz', n: 3 } };
    const r = checkRecord('roles', raw, Entry, keyOf, NOW);
    expect(r.value).toEqual({ a: { key: 'a', n: 1 } });
    expect(r.setAside.map((e) => [e.originalKey, e.reason.includes('n:') || e.reason])).toEqual([
      ['roles/b', true],
      ['roles/c', 'entry filed under another key'],
    ]);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'x'],
    ['null', null],
  ])('sets aside %s whole', (_l, raw) => {
    const r = checkRecord('roles', raw, Entry, keyOf, NOW);
    expect(r.value).toEqual({});
    expect(r.setAside).toEqual([
      { originalKey: 'roles', reason: 'expected an object keyed by job', value: raw, at: NOW },
    ]);
  });

  it('treats a missing record as empty', () => {
    expect(checkRecord('roles', undefined, Entry, keyOf, NOW)).toEqual({ value: {}, setAside: [] });
  });
});
