import { describe, expect, it } from 'vitest';
import { extractSkills } from './extract.ts';

/** Skill names that share a group, as sorted "A|B" strings; skills of their own left out. */
function groupsOf(text: string): string[] {
  const byGroup = new Map<string, string[]>();
  for (const s of extractSkills(text)) {
    if (s.group) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s.name]);
  }
  return [...byGroup.values()].map((names) => names.sort().join('|')).sort();
}

// [text, groups expected]. Written for these tests, modelled on posting phrasing.
type Case = [string, string[]];

describe('"any of" requirements', () => {
  it.each<Case>([
    ['Hands-on work with Keras or JAX.', ['JAX|Keras']],
    ['Deployed services on Azure, AWS or GCP.', ['AWS|Azure|Google Cloud']],
    ['Strong Scala plus one of the following: Kotlin, Ruby, Elixir.', ['Elixir|Kotlin|Ruby']],
    ['Familiar with Vue/React front ends.', ['React|Vue.js']],
    ['We need Rust and Go.', []],
    ['Backend in Python (Django, FastAPI).', []],
    ['Terraform, Ansible, Docker and Kubernetes.', []],
    ['A typed language such as Haskell or a similar one.', []],
    // Supported languages: German "oder", French "ou", Spanish "o", Dutch "of", Polish "lub".
    ['Erfahrung mit Angular oder Svelte', ['Angular|Svelte']],
    ['Maîtrise de Symfony ou Laravel', ['Laravel|Symfony']],
    ['Experiencia con MySQL o MariaDB', ['MariaDB|MySQL']],
    ['Ervaring met Kotlin of Swift', ['Kotlin|Swift']],
    ['Znajomość Redis lub Memcached', ['Memcached|Redis']],
    ['Kenntnisse in einer der Sprachen: Ruby, Perl, PHP und Lua', ['Lua|PHP|Perl|Ruby']],
  ])('%s', (text, expected) => {
    expect(groupsOf(text)).toEqual(expected);
  });

  it('keeps a skill asked for on its own out of the group', () => {
    const text =
      'Requirements:\n- Ruby on Rails is a must\n- Ruby on Rails or Phoenix for side tools';
    expect(groupsOf(text)).toEqual([]);
    const rails = extractSkills(text).find((s) => s.name === 'Ruby on Rails');
    expect(rails?.group).toBeUndefined();
  });

  it('gives every member of one requirement the same id and separate requirements others', () => {
    const skills = extractSkills('Requirements:\n- Keras or JAX\n- MySQL or MariaDB');
    const id = (name: string) => skills.find((s) => s.name === name)?.group;
    expect(id('Keras')).toBe(id('JAX'));
    expect(id('MySQL')).toBe(id('MariaDB'));
    expect(id('Keras')).not.toBe(id('MySQL'));
  });
});
