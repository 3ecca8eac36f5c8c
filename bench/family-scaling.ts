import { FAMILIES, type Family } from '../src/fuzz/families.ts';
import { LARGE, measureScaling, type Scaling, SMALL } from '../src/fuzz/timing.ts';
import { type Figure, figure, type SectionResult, unavailable } from './figure.ts';
import { loadShippedParser, type ShippedParser } from './shipped-parser.ts';
import { round } from './stats.ts';

const SECTION = 'Fuzz families (Node)';
/** Runs per size, the fastest kept: a burst of load from elsewhere hits one run, not all. */
const TRIES = 3;
const MB = LARGE / 2 ** 20;

/** "10,000-character words" → "10-000-character-words". */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function textFamily(name: string, unit: string): Family {
  return { name, kind: 'text', make: (size) => unit.repeat(Math.ceil(size / unit.length)) };
}

/** Location text that costs statesIn the most (state names, capitals, near misses). */
const STATES_FAMILIES = [
  textFamily('repeated state names', 'New York New York City, '),
  textFamily('capital pairs', 'AB '),
  textFamily('punctuation', ',.-'),
  textFamily('washington without dc', 'washington, d'),
];

interface Row {
  family: Family;
  whole: Scaling;
  salaries?: Scaling;
  skills?: Scaling;
}

/** The whole parser on one input of the family, as the CLI (and, for HTML, the background) calls it. */
function parseFamily(P: ShippedParser, family: Family, input: string): void {
  const url = family.url ?? null;
  P.parseInput(
    family.kind === 'html'
      ? { kind: 'html', html: input, url }
      : { kind: 'text', text: input, url },
    P.linkedomEnv,
  );
}

function measure(P: ShippedParser, family: Family): Row {
  const whole = measureScaling(family, (s) => parseFamily(P, family, s), TRIES);
  if (family.kind !== 'text') return { family, whole };
  // The parser reads a bounded prefix of a huge text; the extractors must not rely on that.
  return {
    family,
    whole,
    salaries: measureScaling(family, (s) => P.extractSalaries(s), TRIES),
    skills: measureScaling(family, (s) => P.extractSkills(s), TRIES),
  };
}

function rowFigures({ family, whole, salaries, skills }: Row): Figure[] {
  const id = `families.${slug(family.name)}`;
  const label = `"${family.name}" (${family.kind})`;
  const out = [
    figure(
      SECTION,
      `${id}.msPerMb`,
      `${label}: whole parser, per MB`,
      round(whole.largeMs / MB, 1),
      'ms',
    ),
    figure(
      SECTION,
      `${id}.ratio`,
      `${label}: whole parser, 1 MB / 100 KB time`,
      round(whole.ratio, 1),
      'x',
    ),
  ];
  if (salaries && skills) {
    const worst = salaries.ratio >= skills.ratio ? salaries : skills;
    out.push(
      figure(
        SECTION,
        `${id}.extractors.ratio`,
        `${label}: extractSalaries and extractSkills alone, the worse 1 MB / 100 KB time`,
        round(worst.ratio, 1),
        'x',
      ),
    );
  }
  return out;
}

const ms = (x: number | undefined) => (x === undefined ? '' : round(x, 1));

/**
 * Every adversarial fuzz family (src/fuzz/families.ts), 100 KB and 1 MB of it through the
 * whole parser (HTML ones through linkedom and a site's adapter, as the background reads a
 * page): the cost per MB, and how the time grows with the input, 1 MB over 100 KB (a linear
 * step costs 10×, a quadratic one 100×). Text families also through the salary and skills
 * extractors alone. Fastest of TRIES runs per size; a 100 KB run counts as at least 10 ms.
 * The parser as shipped (shipped-parser.ts), not the sources through tsx.
 */
export async function runFamilyScaling(): Promise<SectionResult> {
  const P = await loadShippedParser();
  const rows: Row[] = [];
  const figures: Figure[] = [];
  for (const family of FAMILIES) {
    try {
      const row = measure(P, family);
      rows.push(row);
      figures.push(...rowFigures(row));
    } catch (err) {
      const id = `families.${slug(family.name)}.ratio`;
      figures.push(
        unavailable(
          SECTION,
          id,
          `"${family.name}"`,
          'x',
          `threw: ${String(err).slice(0, 160)}`,
          'error',
        ),
      );
    }
  }
  for (const family of STATES_FAMILIES) {
    const s = measureScaling(family, (text) => P.statesIn(text), TRIES);
    figures.push(
      figure(
        SECTION,
        `families.statesIn.${slug(family.name)}.ratio`,
        `statesIn (US states in a location) on "${family.name}": 1 MB / 100 KB time`,
        round(s.ratio, 1),
        'x',
      ),
    );
  }
  return {
    figures,
    tables: [
      {
        title: `Fuzz families: ms at ${SMALL / 1024} KB and ${LARGE / 1024 / 1024} MB (fastest of ${TRIES}), ratio`,
        columns: ['family', 'kind', '100 KB', '1 MB', '×', 'extractSalaries ×', 'extractSkills ×'],
        rows: rows.map((r) => [
          r.family.name,
          r.family.kind,
          ms(r.whole.smallMs),
          ms(r.whole.largeMs),
          ms(r.whole.ratio),
          ms(r.salaries?.ratio),
          ms(r.skills?.ratio),
        ]),
      },
    ],
  };
}
