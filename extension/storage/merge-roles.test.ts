import { describe, expect, it } from 'vitest';
import { posting } from '../testing/fixtures.ts';
import { combineNotes, mergeRoles } from './merge-roles.ts';
import { NOTE_MAX, type SavedRole } from './saved-role.ts';
import { roleFromPosting } from './saved-roles.ts';

const base = roleFromPosting({ key: 'a', posting: posting(), match: null, now: 100 }, undefined);
const role = (over: Partial<SavedRole>): SavedRole => ({ ...base, ...over });

describe('combineNotes', () => {
  it.each([
    ['', 'theirs', 'theirs'],
    ['mine', '', 'mine'],
    ['call on Tue', 'call on Tue', 'call on Tue'],
    ['call on Tue, went well', 'call on Tue', 'call on Tue, went well'],
    ['a', 'b', 'a\n\nb'],
  ])('%j + %j -> %j', (a, b, out) => {
    expect(combineNotes(a, b)).toBe(out);
  });
  it('stays within the note limit', () => {
    expect(combineNotes('x'.repeat(NOTE_MAX), 'y')).toHaveLength(NOTE_MAX);
  });
});

describe('mergeRoles', () => {
  it('adds new jobs, and reports them', () => {
    const r = mergeRoles({}, [role({ key: 'a' }), role({ key: 'b' })]);
    expect(Object.keys(r.roles)).toEqual(['a', 'b']);
    expect(r.report.added.map((o) => o.key)).toEqual(['a', 'b']);
    expect(r.changed).toBe(true);
  });

  it('the newer copy wins, the other note and the first save time are kept', () => {
    const mine = role({ stage: 'applied', note: 'mine', updatedAt: 200, savedAt: 50 });
    const file = role({ stage: 'offer', note: 'theirs', updatedAt: 300, savedAt: 100 });
    const r = mergeRoles({ a: mine }, [file]);
    expect(r.roles.a).toMatchObject({ stage: 'offer', note: 'theirs\n\nmine', savedAt: 50 });
    expect(r.report.updated[0]?.reason).toMatch(/newer copy/);
  });

  it('an older copy from the file changes nothing but can add its note', () => {
    const mine = role({ stage: 'applied', note: '', updatedAt: 300 });
    const r = mergeRoles({ a: mine }, [role({ stage: 'saved', note: 'from file', updatedAt: 1 })]);
    expect(r.roles.a).toMatchObject({ stage: 'applied', note: 'from file', updatedAt: 300 });
    expect(r.report.updated[0]?.reason).toMatch(/note from the file/);
  });

  it('re-importing the same list changes nothing and says why', () => {
    const list = { a: role({ key: 'a' }), b: role({ key: 'b', note: 'n' }) };
    const r = mergeRoles(list, Object.values(list));
    expect(r.changed).toBe(false);
    expect(r.roles).toEqual(list);
    expect(r.report.skipped.map((o) => o.reason)).toEqual([
      'already saved, unchanged',
      'already saved, unchanged',
    ]);
  });

  it('a job listed twice in the file: the newer copy, both notes', () => {
    const r = mergeRoles({}, [
      role({ note: 'old', updatedAt: 1, stage: 'saved' }),
      role({ note: 'new', updatedAt: 2, stage: 'offer' }),
    ]);
    expect(r.roles.a).toMatchObject({ stage: 'offer', note: 'new\n\nold' });
    expect(r.report.added).toHaveLength(1);
    expect(r.report.skipped[0]?.reason).toMatch(/twice/);
  });

  it('never drops a saved role the file does not mention', () => {
    const r = mergeRoles({ keep: role({ key: 'keep' }) }, [role({ key: 'new' })]);
    expect(Object.keys(r.roles).sort()).toEqual(['keep', 'new']);
  });
});
