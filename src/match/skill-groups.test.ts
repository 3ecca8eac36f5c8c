import { describe, expect, it } from 'vitest';
import type { SkillMention } from '../schema/skill.ts';
import { scoreMatch } from './score.ts';
import { matchSkills } from './skill-match.ts';
import { skillReasons } from './skill-reasons.ts';
import { posting, profile, skill } from './test-fixtures.ts';
import { IMPORTANCE_WEIGHT } from './weights.ts';

const member = (
  name: string,
  group: string,
  importance: SkillMention['importance'] = 'required',
) => ({
  ...skill(name, importance),
  group,
});

// Invented: "Elixir; Keras or JAX; MySQL or MariaDB; Terraform".
const SKILLS: SkillMention[] = [
  skill('Elixir', 'required'),
  member('Keras', 'any-1'),
  member('JAX', 'any-1'),
  member('MySQL', 'any-2'),
  member('MariaDB', 'any-2'),
  skill('Terraform', 'required'),
];

describe('"any of" groups in the skill match', () => {
  it('counts a group once, met by any member; the others are alternatives', () => {
    const got = matchSkills(profile(['Elixir', 'JAX', 'Terraform']), SKILLS);
    const state = (n: string) => got.skills.find((s) => s.name === n)?.state;
    expect(state('JAX')).toBe('matched');
    expect(state('Keras')).toBe('alternative');
    expect(state('MySQL')).toBe('missing');
    expect(state('MariaDB')).toBe('missing');
    // Four requirements of equal weight, three met.
    expect(got.possible).toBe(4 * IMPORTANCE_WEIGHT.required);
    expect(got.fraction).toBeCloseTo(3 / 4);
  });

  it('says so in the reasons, each group once', () => {
    const got = matchSkills(profile(['Elixir', 'JAX', 'Terraform']), SKILLS);
    expect(skillReasons(got.skills).lead[0]).toBe(
      'Has 3 of 4 required skills (missing MySQL or MariaDB)',
    );
  });

  it('gives the group the strongest importance of its members', () => {
    const got = matchSkills(profile(['Keras']), [
      member('Keras', 'any-1', 'preferred'),
      member('JAX', 'any-1', 'required'),
    ]);
    expect(got.skills.map((s) => s.importance)).toEqual(['required', 'required']);
    expect(got.fraction).toBe(1);
  });

  it('is the same score as a single skill when one member is held', () => {
    const one = matchSkills(profile(['Keras']), [skill('Keras', 'required')]);
    const either = matchSkills(profile(['Keras']), [member('Keras', 'g'), member('JAX', 'g')]);
    expect(either.fraction).toBe(one.fraction);
    expect(either.possible).toBe(one.possible);
  });

  it('counts requirements, not names, in the score basis', () => {
    const m = scoreMatch(profile(['Elixir', 'JAX', 'Terraform']), posting(SKILLS));
    expect(m.basis?.skillsTotal).toBe(4);
    expect(m.basis?.skillsMatched).toBe(3);
  });
});
