import { describe, expect, it } from 'vitest';
import { match, posting } from '../testing/fixtures.ts';
import type { SavedRole } from './saved-role.ts';
import { matchSummary, patchRole, roleFromPosting, sortRoles } from './saved-roles.ts';

describe('roleFromPosting', () => {
  it('takes what the posting says, stage saved, empty note', () => {
    const r = roleFromPosting({ key: 'k', posting: posting(), match: match(), now: 5 }, undefined);
    expect(r).toMatchObject({
      key: 'k',
      title: 'Backend Engineer',
      company: 'Acme',
      stage: 'saved',
      note: '',
      savedAt: 5,
      updatedAt: 5,
      match: { score: 72, summary: 'Has 1 of 1 required skills' },
      skills: [
        { name: 'Go', importance: 'required' },
        { name: 'Kafka', importance: 'preferred' },
      ],
    });
  });

  it('keeps stage, note, savedAt and an earlier match when saving again without a profile', () => {
    const first = roleFromPosting(
      { key: 'k', posting: posting(), match: match(), now: 5 },
      undefined,
    );
    const edited: SavedRole = { ...first, stage: 'interviewing', note: 'call Tue' };
    const again = roleFromPosting(
      { key: 'k', posting: posting({ title: 'New' }), match: null, now: 9 },
      edited,
    );
    expect(again).toMatchObject({
      stage: 'interviewing',
      note: 'call Tue',
      savedAt: 5,
      updatedAt: 9,
      title: 'New',
    });
    expect(again.match?.score).toBe(72);
  });
});

describe('patchRole / sortRoles / matchSummary', () => {
  const base = roleFromPosting({ key: 'k', posting: posting(), match: null, now: 1 }, undefined);
  it('changes only what the patch names', () => {
    expect(patchRole(base, { stage: 'offer' }, 2)).toMatchObject({
      stage: 'offer',
      note: '',
      updatedAt: 2,
    });
    expect(patchRole(base, { note: 'x'.repeat(6000) }, 3).note).toHaveLength(5000);
  });
  it('sorts newest first', () => {
    const a = { ...base, key: 'a', updatedAt: 1 };
    const b = { ...base, key: 'b', updatedAt: 3 };
    expect(sortRoles({ a, b }).map((r) => r.key)).toEqual(['b', 'a']);
  });
  it('falls back to the score when there are no reasons', () => {
    expect(matchSummary(match({ reasons: [] }))).toBe('72% match');
  });
});
