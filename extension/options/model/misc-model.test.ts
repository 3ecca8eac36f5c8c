import { describe, expect, it } from 'vitest';
import { profile } from '../../testing/fixtures.ts';
import { compareColumns } from './compare.ts';
import {
  addSkill,
  emptyProfile,
  isUnknownSkill,
  parseYears,
  profileProblem,
  removeSkill,
  restoreSkill,
  suggestSkills,
  updateSkill,
} from './profile-edit.ts';
import { savedRole } from './test-roles.ts';
import { visibleWindow } from './virtual-window.ts';

describe('visibleWindow', () => {
  const base = { viewport: 440, rowHeight: 44, count: 10_000, overscan: 5 };
  it.each([
    [0, { start: 0, end: 16, top: 0, bottom: (10_000 - 16) * 44 }],
    [44 * 100, { start: 95, end: 116, top: 95 * 44, bottom: (10_000 - 116) * 44 }],
    [44 * 9_999, { start: 9_994, end: 10_000, top: 9_994 * 44, bottom: 0 }],
    [-50, { start: 0, end: 16, top: 0, bottom: (10_000 - 16) * 44 }],
  ])('scrollTop %d', (scrollTop, out) => {
    expect(visibleWindow({ ...base, scrollTop })).toEqual(out);
  });
  it('never renders more than the viewport plus overscan, nor past the list', () => {
    expect(visibleWindow({ ...base, count: 3, scrollTop: 0 })).toEqual({
      start: 0,
      end: 3,
      top: 0,
      bottom: 0,
    });
    const w = visibleWindow({ ...base, scrollTop: 123_456 });
    expect(w.end - w.start).toBeLessThanOrEqual(440 / 44 + 1 + 10);
  });
});

describe('profile editing', () => {
  it('suggests the canonical name for an alias', () => {
    expect(suggestSkills('golang')[0]).toEqual({ name: 'Go', alias: 'golang' });
    expect(suggestSkills('postgres')[0]?.name).toBe('PostgreSQL');
    expect(suggestSkills('  ')).toEqual([]);
  });

  it('adds skills under their canonical name, once', () => {
    let p = addSkill(emptyProfile(), 'golang');
    p = addSkill(p, 'Go');
    p = addSkill(p, 'k8s');
    p = addSkill(p, '  Obscure Tool  ');
    expect(p.skills.map((s) => s.name)).toEqual(['Go', 'Kubernetes', 'Obscure Tool']);
    expect(addSkill(p, '   ')).toBe(p);
  });

  it('edits years and level, removes by position', () => {
    let p = addSkill(addSkill(emptyProfile(), 'Go'), 'Rust');
    p = updateSkill(p, 1, { years: 2, level: 'advanced' });
    expect(p.skills[1]).toEqual({ name: 'Rust', years: 2, level: 'advanced' });
    expect(removeSkill(p, 0).skills.map((s) => s.name)).toEqual(['Rust']);
  });

  it('flags a skill the catalog does not know (it matches by exact name only)', () => {
    expect(isUnknownSkill('golang')).toBe(false);
    expect(isUnknownSkill('Kubernetes')).toBe(false);
    expect(isUnknownSkill('Our in-house deploy tool')).toBe(true);
  });

  it('undo of a removed skill puts it back where it was, years and level included', () => {
    const p = updateSkill(addSkill(addSkill(addSkill(emptyProfile(), 'Go'), 'Rust'), 'SQL'), 1, {
      years: 3,
      level: 'expert',
    });
    const gone = removeSkill(p, 1);
    expect(restoreSkill(gone, p.skills[1]!, 1)).toEqual(p);
    // Added again meanwhile: nothing doubles.
    const again = addSkill(gone, 'Rust');
    expect(restoreSkill(again, p.skills[1]!, 1)).toBe(again);
  });

  it.each([
    ['', null],
    ['3', 3],
    ['2.5', 2.5],
    ['-1', 'invalid'],
    ['81', 'invalid'],
    ['abc', 'invalid'],
  ])('years %j -> %j', (text, out) => {
    expect(parseYears(text)).toBe(out);
  });

  it('names what makes a draft unsavable', () => {
    expect(profileProblem(profile())).toBeNull();
    expect(profileProblem(profile({ skills: [{ name: 'Go', years: 99 }] }))).toMatch(
      /skills\.0\.years/,
    );
  });
});

describe('compareColumns', () => {
  it('scores each role against the current profile: matched and missing skills', () => {
    const cols = compareColumns(
      [savedRole({ key: 'a' }), savedRole({ key: 'b', salary: [], locations: [] })],
      profile({ skills: [{ name: 'golang', years: 5 }] }),
    );
    expect(cols[0]).toMatchObject({
      pay: 'USD 120,000–150,000/yr',
      matched: ['Go'],
      missing: ['Kafka'],
      location: 'Denver, CO',
    });
    expect(cols[1]).toMatchObject({ pay: 'Not stated', location: 'Not stated' });
  });

  it('without a profile: the saved score, every skill listed as not matched', () => {
    const [col] = compareColumns([savedRole()], null);
    expect(col).toMatchObject({ score: 70, matched: [], missing: ['Go', 'Kafka'] });
  });
});
