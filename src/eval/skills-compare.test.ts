import { describe, expect, it } from 'vitest';
import type { SkillImportance, SkillMention } from '../schema/skill.ts';
import { Label } from './label.ts';
import { compareSkills, findSkills } from './skills-compare.ts';

const label = (required: string[], nice: string[] = [], other: string[] = []) =>
  Label.parse({
    is_posting: true,
    salary: [],
    skills_required: required,
    skills_nice: nice,
    skills_other: other,
  });
const m = (
  name: string,
  importance: SkillImportance = 'required',
  category = 'language',
): SkillMention => ({
  name,
  category,
  importance,
  years: null,
  evidence: '',
});

describe('compareSkills', () => {
  it('counts hits, misses and extras', () => {
    const r = compareSkills(label(['Go', 'Rust'], ['Redis']), [
      m('Go'),
      m('Redis', 'preferred'),
      m('Lua'),
    ]);
    expect(r).toMatchObject({
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 1,
      missed: ['Rust'],
      extra: ['Lua'],
    });
  });

  it.each([
    ['golang', 'Go'],
    ['Node.js', 'node'],
    ['kubernetes', 'k8s'],
    ['POSTGRESQL', 'postgres'],
  ])('matches label %s and parse %s through aliases and case', (labelled, parsed) => {
    expect(compareSkills(label([labelled]), [m(parsed)]).truePositives).toBe(1);
  });

  it('ignores parsed skills of category method', () => {
    const r = compareSkills(label(['Go']), [m('Go'), m('Machine Learning', 'required', 'method')]);
    expect(r.falsePositives).toBe(0);
  });

  it('scores importance on required and nice skills found in both', () => {
    const r = compareSkills(label(['Go', 'Rust'], ['Redis'], ['Lua']), [
      m('Go', 'required'),
      m('Rust', 'preferred'),
      m('Redis', 'preferred'),
      m('Lua', 'required'),
    ]);
    expect(r.importanceRight).toBe(2);
    expect(r.importanceTotal).toBe(3);
    expect(r.importanceWrong).toEqual(['Rust: required, got preferred']);
  });

  it('takes the strongest importance for a name listed twice', () => {
    const r = compareSkills(label(['Go'], ['Go']), [m('Go', 'mentioned'), m('golang', 'required')]);
    expect(r).toMatchObject({
      truePositives: 1,
      falsePositives: 0,
      importanceRight: 1,
      importanceTotal: 1,
    });
  });
});

describe('findSkills', () => {
  it('finds names through aliases, once each, and lists the misses', () => {
    const r = findSkills(
      ['golang', 'Go', 'Kubernetes', 'Elixir', 'Machine Learning'],
      [m('Go'), m('k8s', 'mentioned'), m('Machine Learning', 'required', 'method')],
    );
    expect(r).toEqual({ found: 2, total: 4, missed: ['Elixir', 'Machine Learning'] });
  });
});
