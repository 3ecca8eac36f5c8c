import { describe, expect, it } from 'vitest';
import type { SkillImportance } from '../schema/skill.ts';
import { extractSkills } from './extract.ts';

function importance(text: string): Record<string, SkillImportance> {
  return Object.fromEntries(extractSkills(text).map((s) => [s.name, s.importance]));
}

function years(text: string): Record<string, number | null> {
  return Object.fromEntries(extractSkills(text).map((s) => [s.name, s.years]));
}

describe('importance from sections', () => {
  it.each<[string, string, Record<string, SkillImportance>]>([
    [
      'required, preferred and other sections',
      'About us\nWe love Elixir.\n\nRequirements:\n- Python\n- Django\n\nNice to have:\n- Go\n',
      { Elixir: 'mentioned', Python: 'required', Django: 'required', Go: 'preferred' },
    ],
    [
      'headings without apostrophes from stripped markup',
      'What youll do:\nShip Rust services\nWhat were looking for:\nRust, Kafka\nDesired skills:\nExperience with Flink',
      { Rust: 'required', Kafka: 'required', 'Apache Flink': 'preferred' },
    ],
    [
      'inline labels',
      'Special Skill Requirements: (1) Java; (2) Scala; (3) Spark and Git.\nSalary: $1 per year',
      { Java: 'required', Scala: 'required', Spark: 'required', Git: 'required' },
    ],
    [
      'a stack section is neither required nor preferred',
      '## Our Stack\n- Python, Go\n- Postgres\n## Requirements\n- Go',
      { Python: 'mentioned', Go: 'required', PostgreSQL: 'mentioned' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(importance(text)).toEqual(expected);
  });
});

describe('importance from sentence cues', () => {
  it.each<[string, Record<string, SkillImportance>]>([
    [
      'Qualifications:\n- Java required; Python preferred.',
      { Java: 'required', Python: 'preferred' },
    ],
    ['Requirements:\n- Kafka is a plus.', { Kafka: 'preferred' }],
    // A lead that asks passes its cue over its colon: to its line, or to the bullets under it.
    [
      'The candidate must be fluent in these areas: Haskell, Elm and Postgres.',
      { Haskell: 'required', Elm: 'required', PostgreSQL: 'required' },
    ],
    [
      'In this team a working knowledge is mandatory for:\n- Haskell\n- Erlang (a plus)\nWe ship weekly.',
      { Haskell: 'required', Erlang: 'preferred' },
    ],
    ['Bonus points for these:\n• OCaml\n• Clojure', { OCaml: 'preferred', Clojure: 'preferred' }],
    ['Our office tools: Haskell, Elm.', { Haskell: 'mentioned', Elm: 'mentioned' }],
    ['Requirements:\n- Experience with Rust would be a big plus.', { Rust: 'preferred' }],
    [
      'Requirements:\n- Docker, Kubernetes (nice to have)',
      { Docker: 'preferred', Kubernetes: 'preferred' },
    ],
    [
      'Requirements:\n- Comfortable writing code, preferably Python and R',
      { Python: 'preferred', R: 'preferred' },
    ],
    ['Bonus if you have shipped Elixir.', { Elixir: 'preferred' }],
    ['Responsibilities:\n- Must have Terraform experience.', { Terraform: 'required' }],
    ['Strong SQL skills.', { SQL: 'required' }],
    ['SQL is required for this role.', { SQL: 'required' }],
    [
      'Skills:\n- We use .NET (C#) and Angular, but welcome all backgrounds.',
      { '.NET': 'mentioned', 'C#': 'mentioned', Angular: 'mentioned' },
    ],
    ['Preferred:\n- Proficiency in Scala.', { Scala: 'preferred' }],
    ['Preferred:\n- Scala is required for senior levels.', { Scala: 'required' }],
    ['About us:\nOur preferred stack is Kotlin.', { Kotlin: 'mentioned' }],
    [
      'Proficiency in Kotlin and Android: You are proficient in Kotlin, which is strongly preferred.\nRequirements:\n- 3 years',
      { Kotlin: 'required', Android: 'required' },
    ],
  ])('%j', (text, expected) => {
    expect(importance(text)).toEqual(expected);
  });

  it('a cue far back in a list run into a lead is no lead', () => {
    const text =
      'Requirements:\nFive years in a warehouse, preferably a cold store Able to lift heavy ' +
      'loads and climb ladders all day long Safe driving record Working knowledge of: SAP, Excel';
    expect(importance(text)).toEqual({ SAP: 'required', Excel: 'required' });
  });

  it('keeps the highest importance across mentions', () => {
    const text =
      'We run Docker and Redis.\nRequirements:\n- Docker\nNice to have:\n- Docker, Redis';
    expect(importance(text)).toEqual({ Docker: 'required', Redis: 'preferred' });
    const got = extractSkills(text);
    expect(got.map((s) => s.name)).toEqual(['Docker', 'Redis']);
    expect(got[0]?.evidence).toBe('- Docker');
  });
});

describe('importance cues of every supported language', () => {
  it.each<[string, string, Record<string, SkillImportance>]>([
    [
      'es',
      'Requisitos:\n- Kotlin imprescindible\n- Figma deseable',
      { Kotlin: 'required', Figma: 'preferred' },
    ],
    [
      'es',
      'Perfil:\n- Si conoces Terraform, genial, aunque no es imprescindible',
      { Terraform: 'preferred' },
    ],
    [
      'de',
      'Profil:\n- Kotlin zwingend\n- Erfahrung mit Figma von Vorteil',
      { Kotlin: 'required', Figma: 'preferred' },
    ],
    [
      'fr',
      'Profil :\n- Kotlin obligatoire\n- Figma serait un plus',
      { Kotlin: 'required', Figma: 'preferred' },
    ],
    [
      'it',
      'Attività:\n- avere un’ottima conoscenza di Kotlin\n- Figma gradito',
      { Kotlin: 'required', Figma: 'preferred' },
    ],
    [
      'nl',
      'Profiel:\n- Kotlin vereist\n- Figma is een pré',
      { Kotlin: 'required', Figma: 'preferred' },
    ],
    [
      'pt',
      'Perfil:\n- Kotlin obrigatório\n- Figma desejável',
      { Kotlin: 'required', Figma: 'preferred' },
    ],
    [
      'pl',
      'Profil:\n- Kotlin wymagane\n- Figma mile widziane',
      { Kotlin: 'required', Figma: 'preferred' },
    ],
  ])('%s: %j', (_lang, text, expected) => {
    expect(importance(text)).toEqual(expected);
  });
});

describe('years per skill', () => {
  it.each<[string, Record<string, number | null>]>([
    ['5+ years of Python.', { Python: 5 }],
    ['3 years experience with Java and Go.', { Java: 3, Go: 3 }],
    ['Python (5 years), SQL (2 years).', { Python: 5, SQL: 2 }],
    ['Kotlin: 4+ years', { Kotlin: 4 }],
    ['Two (2) years of Ruby on Rails', { 'Ruby on Rails': 2 }],
    ['3-5 years with React; Docker is a plus.', { React: 3, Docker: null }],
    ['Docker and Kubernetes.', { Docker: null, Kubernetes: null }],
    ['Founded 10 years ago, we use Scala.', { Scala: null }],
  ])('%j', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });
});
