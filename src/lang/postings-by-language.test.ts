import { describe, expect, it } from 'vitest';
import { linkedomEnv } from '../dom/linkedom-env.ts';
import { parseInput } from '../parse/parse-input.ts';
import { classifyHeading, splitSections } from '../text/sections.ts';

/** Invented postings, one a language: a title, an employer, a place, then the sections. */
const POSTINGS: ReadonlyArray<readonly [string, string]> = [
  [
    'de',
    'Backend-Entwickler (m/w/d)\nBeispiel GmbH\nKöln\n\nWir suchen zur Verstärkung unseres Teams eine engagierte Person.\n\nIhre Aufgaben\n- Sie entwickeln Dienste mit Kotlin\n- Sie betreuen unsere Datenbanken\n\nIhr Profil\n- Erfahrung mit PostgreSQL\n- Sicherer Umgang mit Docker\n\nWünschenswert\n- Kenntnisse in Terraform\n\nWas wir bieten\n- Unbefristete Festanstellung in Vollzeit\n- 30 Tage Urlaub\n\nJetzt bewerben!',
  ],
  [
    'fr',
    'Développeur Full Stack (H/F)\nExemple SAS\nLyon\n\nNous recherchons un développeur pour renforcer notre équipe produit.\n\nVos missions\n- Concevoir des interfaces avec React\n- Maintenir les services en Node.js\n\nProfil recherché\n- Vous maîtrisez TypeScript\n- Vous avez une expérience avec MongoDB\n\nAtouts\n- Une connaissance de Kubernetes\n\nCe que nous offrons\n- Un poste en CDI à temps plein\n- Des tickets restaurant\n\nPour postuler, envoyez votre CV.',
  ],
  [
    'es',
    'Desarrollador Backend\nEjemplo SL\nSevilla\n\nBuscamos una persona para unirse a nuestro equipo de plataforma.\n\nTus funciones\n- Desarrollar servicios con Java\n- Mantener la infraestructura en AWS\n\nRequisitos\n- Experiencia con Spring Boot\n- Conocimientos de MySQL\n\nSe valorará\n- Experiencia con Kafka\n\nQué ofrecemos\n- Contrato indefinido y jornada completa\n- Horario flexible\n\nEnvía tu CV para postularte.',
  ],
  [
    'pt',
    'Desenvolvedor Frontend Pleno\nExemplo Ltda\nCuritiba\n\nEstamos em busca de uma pessoa para fazer parte do nosso time de produto.\n\nResponsabilidades e atribuições\n- Desenvolver telas com Angular\n- Escrever testes com Jest\n\nRequisitos e qualificações\n- Experiência com TypeScript\n- Conhecimento de Git\n\nDiferenciais\n- Experiência com GraphQL\n\nBenefícios\n- Vale refeição e plano de saúde\n- Contratação CLT\n\nCandidate-se pelo nosso site.',
  ],
  [
    'nl',
    'Medior Ontwikkelaar\nVoorbeeld BV\nUtrecht\n\nWij zoeken een ontwikkelaar die ons team komt versterken.\n\nWat ga je doen?\n- Je bouwt koppelingen met C#\n- Je onderhoudt de omgeving in Azure\n\nWat vragen wij?\n- Ervaring met .NET\n- Kennis van SQL Server\n\nPluspunten\n- Ervaring met Docker\n\nWat bieden wij?\n- Een vast contract voor 40 uur per week\n- Een goed salaris\n\nSolliciteer direct via onze website.',
  ],
  [
    'pl',
    'Programista Python\nPrzykład Sp. z o.o.\nKraków\n\nSzukamy osoby, która dołączy do naszego zespołu danych.\n\nZakres obowiązków\n- Tworzenie usług w Django\n- Utrzymanie baz danych PostgreSQL\n\nWymagania\n- Doświadczenie z Python\n- Znajomość Git\n\nMile widziane\n- Znajomość Kubernetes\n\nOferujemy\n- Umowa o pracę na pełen etat\n- Prywatna opieka medyczna\n\nAplikuj przez nasz formularz.',
  ],
  [
    'it',
    'Sviluppatore Mobile\nEsempio Srl\nTorino\n\nCerchiamo una persona da inserire nel nostro team di prodotto.\n\nDi cosa ti occuperai\n- Sviluppo di app con Swift\n- Manutenzione del codice in Kotlin\n\nRequisiti\n- Esperienza con Firebase\n- Conoscenza di Git\n\nCostituirà titolo preferenziale\n- Esperienza con Flutter\n\nCosa offriamo\n- Contratto a tempo indeterminato\n- Buoni pasto\n\nInvia la tua candidatura dal nostro sito.',
  ],
  [
    'en',
    'Warehouse Associate\nExample Supply Co\nReno, NV\n\nResponsibilitiesLoad and unload trailers safely\nKeep the stock area tidy\nQualificationsAble to lift 50 pounds\nForklift certification\n',
  ],
];

const parse = (text: string) => parseInput({ kind: 'text', text, url: null }, linkedomEnv);

describe('postings in every language of the tables', () => {
  it.each(POSTINGS)('a %s posting is detected and its language known', (lang, text) => {
    const posting = parse(text);
    expect(posting.isPosting).toBe(true);
    expect(posting.language).toBe(lang);
  });

  it.each(POSTINGS.filter(([lang]) => lang !== 'en'))(
    'a %s posting has required, nice-to-have, responsibilities and benefits sections',
    (_, text) => {
      const kinds = new Set(splitSections(text).map((s) => s.kind));
      for (const kind of ['required', 'preferred', 'responsibilities', 'benefits'] as const) {
        expect(kinds.has(kind)).toBe(true);
      }
    },
  );

  it.each(POSTINGS.filter(([lang]) => lang !== 'en'))(
    'a %s posting gives its skills their section’s importance',
    (_, text) => {
      const skills = parse(text).skills;
      expect(skills.some((s) => s.importance === 'required')).toBe(true);
      expect(skills.some((s) => s.importance === 'preferred')).toBe(true);
    },
  );
});

describe('headings in every language', () => {
  it.each([
    ['Ihr Profil', 'required'],
    ['Das bringst du mit', 'required'],
    ['Wir bieten', 'benefits'],
    ['Über uns', 'about'],
    ['Profil recherché', 'required'],
    ['Qualifications souhaitées', 'preferred'],
    ['Qui sommes-nous ?', 'about'],
    ['Rémunération', 'compensation'],
    ['Requisitos mínimos', 'required'],
    ['Lo que te ofrecemos', 'benefits'],
    ['Sobre nosotros', 'about'],
    ['Atividades', 'responsibilities'],
    ['Quem somos', 'about'],
    ['Functie-eisen', 'required'],
    ['Arbeidsvoorwaarden', 'benefits'],
    ['Twój zakres obowiązków', 'responsibilities'],
    ['Co oferujemy', 'benefits'],
    ['O nas', 'about'],
    ['Requisiti richiesti', 'required'],
    ['Chi siamo', 'about'],
    ['Nice to have', 'preferred'],
  ])('%j -> %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('near misses stay non-postings', () => {
  it('a career guide that asks questions about a job and quotes its average pay', () => {
    const guide = [
      'Plumbing Careers Explained',
      'What does a plumber do?',
      'A plumber installs and repairs pipes in homes and offices.',
      'What are the requirements?',
      'Most plumbers finish an apprenticeship. Requirements vary by state.',
      'How much does a plumber earn?',
      'The average salary is $61,000 per year, and the median is a little lower.',
      'Is plumbing a good career?',
      'Demand is steady in most regions.',
    ].join('\n');
    expect(parse(guide).isPosting).toBe(false);
  });

  it('a negotiation script with quoted speakers', () => {
    const script = [
      '# Asking for more',
      '## Requirements',
      'Know your numbers before the call.',
      'Manager: "We can offer $90,000 base."',
      'You: "Thanks, I was hoping for $100,000."',
      'Manager: "Let me check with the team."',
      'You: "I appreciate it."',
      '## Benefits',
      'Ask about vacation too.',
    ].join('\n');
    expect(parse(script).isPosting).toBe(false);
  });
});
