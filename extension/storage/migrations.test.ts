import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDEX_KEYS, isRoleKey, jobKeyOf } from './keys.ts';
import {
  CURRENT_SCHEMA_VERSION,
  diffSnapshots,
  MIGRATIONS,
  type Migration,
  migrate,
  storedVersion,
  v1ToV2,
  v2ToV3,
  v3ToV4,
  v4ToV5,
} from './migrations.ts';
import { isQuarantineKey } from './quarantine.ts';
import { parseShard } from './role-index.ts';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('v1ToV2', () => {
  it('turns the v1 fixture into the v2 fixture', () => {
    expect(v1ToV2(fixture('v1-snapshot.json'))).toEqual(fixture('v2-expected.json'));
  });

  it('is pure: the input snapshot is not modified', () => {
    const input = fixture('v1-snapshot.json');
    const copy = structuredClone(input);
    v1ToV2(input);
    expect(input).toEqual(copy);
  });

  it('leaves a snapshot without saved roles alone apart from the version', () => {
    expect(v1ToV2({ profile: null })).toEqual({ profile: null, schemaVersion: 2 });
  });
});

describe('v2ToV3', () => {
  it('turns the v2 fixture into the v3 fixture: skill years, profile save time', () => {
    expect(v2ToV3(fixture('v2-snapshot.json'))).toEqual(fixture('v3-expected.json'));
  });

  it('keeps a stated profile save time and adds none without a profile', () => {
    expect(v2ToV3({ profile: { version: 1, skills: [] }, profileSavedAt: 5 })).toMatchObject({
      profileSavedAt: 5,
    });
    expect(v2ToV3({ savedRoles: {} })).toEqual({ savedRoles: {}, schemaVersion: 3 });
  });

  it('v1 data reaches v3 through both steps', () => {
    const r = migrate(fixture('v1-snapshot.json'), MIGRATIONS, 3);
    expect(r.ok && r.from).toBe(1);
    const roles = (r.ok ? r.data.savedRoles : {}) as Record<string, { stage?: string }>;
    expect(roles['greenhouse:acme:101']?.stage).toBe('interviewing');
    expect(r.ok && r.data.profileSavedAt).toBe(0);
  });
});

describe('v3ToV4', () => {
  it('turns the v3 fixture into the v4 fixture: one key per role, the index, bad entries set aside', () => {
    expect(v3ToV4(fixture('v3-snapshot.json'), 9_000)).toEqual(fixture('v4-expected.json'));
  });

  it('nothing is lost: every v3 entry is a role key or a set-aside value with a reason', () => {
    const before = fixture('v3-snapshot.json');
    const after = v3ToV4(before, 9_000);
    const entries = Object.keys(before.savedRoles as object);
    const roles = Object.keys(after).filter(isRoleKey).map(jobKeyOf);
    const aside = Object.keys(after)
      .filter(isQuarantineKey)
      .map((k) => after[k] as { originalKey: string; reason: string; value: unknown });
    expect(
      [...roles, ...aside.map((a) => a.originalKey.replace('savedRoles/', ''))].sort(),
    ).toEqual([...entries].sort());
    for (const a of aside) {
      expect(a.reason).toMatch(/set aside when saved roles moved/);
      expect(a.value).toEqual(
        (before.savedRoles as Record<string, unknown>)[a.originalKey.slice(11)],
      );
    }
    expect(after.savedRoles).toBeUndefined();
    // The index lists exactly the roles kept, each in its shard, and passes its own check.
    const listed = INDEX_KEYS.flatMap((k, n) => {
      const shard = parseShard(after[k], n);
      if (!Array.isArray(shard)) throw new Error(`${k}: ${shard}`);
      return shard.map((e) => e.key);
    });
    expect(listed.sort()).toEqual(roles.sort());
  });

  it.each([
    ['a string', 'a list, honest'],
    ['an array', [{ key: 'greenhouse:1' }]],
    ['null', null],
  ])('a savedRoles value that is %s is set aside whole, with a clear reason', (_label, value) => {
    const after = v3ToV4({ schemaVersion: 3, savedRoles: value }, 9_000);
    expect(after['quarantine:savedRoles:9000-1']).toEqual({
      originalKey: 'savedRoles',
      reason:
        'expected an object keyed by job (set aside when saved roles moved to one key per role)',
      value,
      at: 9_000,
    });
    expect(after.savedRoles).toBeUndefined();
    expect(Object.keys(after).filter(isRoleKey)).toEqual([]);
    expect(INDEX_KEYS.every((k) => after[k] === '[]')).toBe(true);
  });

  it('is pure; without saved roles nothing about roles changes', () => {
    const input = fixture('v3-snapshot.json');
    const copy = structuredClone(input);
    v3ToV4(input, 1);
    expect(input).toEqual(copy);
    expect(v3ToV4({ schemaVersion: 3, profile: null })).toEqual({
      schemaVersion: 4,
      profile: null,
    });
    // v4 data read as older (a damaged version key): its roles and index are left as they are.
    const v4 = fixture('v4-expected.json');
    expect(v3ToV4({ ...v4, schemaVersion: 'x' })).toEqual(v4);
  });
});

describe('v4 -> v5 (the profile stays on the machine)', () => {
  it('turns the v4 fixture into the v5 fixture: sync written as off, everything else kept', () => {
    expect(v4ToV5(fixture('v4-expected.json'))).toEqual(fixture('v5-expected.json'));
  });

  it('is pure, and adds no settings where there were none', () => {
    const input = fixture('v4-expected.json');
    const copy = structuredClone(input);
    v4ToV5(input);
    expect(input).toEqual(copy);
    expect(v4ToV5({ schemaVersion: 4 })).toEqual({ schemaVersion: 5 });
  });
});

describe('storedVersion', () => {
  it.each([
    [{}, CURRENT_SCHEMA_VERSION],
    [{ savedRoles: [] }, 1],
    [{ schemaVersion: 2 }, 2],
    [{ schemaVersion: 'two', profile: {} }, 1],
    [{ schemaVersion: 0, profile: {} }, 1],
  ])('%j -> %i', (data, v) => {
    expect(storedVersion(data)).toBe(v);
  });
});

describe('migrate', () => {
  it('runs every step from the stored version to the target', () => {
    const steps: Record<number, Migration> = {
      1: (d) => ({ ...d, a: 1 }),
      2: (d) => ({ ...d, b: (d.a as number) + 1 }),
    };
    const r = migrate({ schemaVersion: 1 }, steps, 3);
    expect(r).toEqual({ ok: true, from: 1, to: 3, data: { schemaVersion: 3, a: 1, b: 2 } });
  });

  it('does nothing to current data', () => {
    const r = migrate({ schemaVersion: CURRENT_SCHEMA_VERSION, profile: null });
    expect(r.ok && r.from === r.to).toBe(true);
  });

  it('refuses data from a newer build instead of guessing', () => {
    const r = migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/newer/);
  });

  it('reports a missing step', () => {
    const r = migrate({ schemaVersion: 1 }, {}, 2);
    expect(r).toEqual({ ok: false, from: 1, reason: 'no migration from v1' });
  });

  it('reports a step that throws', () => {
    const r = migrate(
      { schemaVersion: 1 },
      {
        1: () => {
          throw new Error('boom');
        },
      },
      2,
    );
    expect(!r.ok && r.reason).toMatch(/v1->v2 failed: Error: boom/);
  });
});

describe('diffSnapshots', () => {
  it('lists changed and removed keys only', () => {
    expect(diffSnapshots({ a: 1, b: [1], c: 3 }, { a: 1, b: [2], d: 4 })).toEqual({
      set: { b: [2], d: 4 },
      remove: ['c'],
    });
  });
});
