import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  diffSnapshots,
  type Migration,
  migrate,
  storedVersion,
  v1ToV2,
  v2ToV3,
} from './migrations.ts';

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

  it('v1 data reaches v3 through both steps, and reads as valid roles', () => {
    const r = migrate(fixture('v1-snapshot.json'));
    expect(r.ok && r.from).toBe(1);
    const roles = (r.ok ? r.data.savedRoles : {}) as Record<string, { stage?: string }>;
    expect(roles['greenhouse:acme:101']?.stage).toBe('interviewing');
    expect(r.ok && r.data.profileSavedAt).toBe(0);
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
