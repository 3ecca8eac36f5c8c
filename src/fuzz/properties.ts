import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { linkedomEnv } from '../dom/linkedom-env.ts';
import { fieldsFromApiJson } from '../page/api-json.ts';
import type { RawSalary } from '../page/page-fields.ts';
import { parseDocument } from '../parse/parse-document.ts';
import { type PageInput, parseInput } from '../parse/parse-input.ts';
import { extractSalaries } from '../salary/extract.ts';
import { structuredSalary } from '../salary/from-structured.ts';
import { FieldSource } from '../schema/salary.ts';
import { extractSkills } from '../skills/extract.ts';
import { MAX_TOKENS } from '../skills/tokenize.ts';
import { normalizeText } from '../text/normalize.ts';
import { lyingApiObject } from './api-arbitraries.ts';
import { buildHostile, type HostileRecipe, hostileRecipe } from './hostile-values.ts';
import { brokenHtml, brokenPostingHtml } from './html-arbitraries.ts';
import {
  checkPosting,
  checkSalaries,
  checkSalary,
  checkSkills,
  isCleanInput,
} from './invariants.ts';
import { brokenJsonLdScript } from './json-ld-arbitraries.ts';
import { anyJson, lyingAmount, lyingCurrency, lyingUnit } from './json-values.ts';
import { define, type FuzzProperty } from './property.ts';
import { provenanceOfDocument, provenanceOfInput } from './provenance.ts';
import { adversarialText, anyText } from './text-arbitraries.ts';
import { pageUrl } from './urls.ts';

const env = linkedomEnv;

function isRecipe(v: unknown): v is HostileRecipe {
  return typeof v === 'object' && v !== null && 'kind' in v && 'inside' in v;
}

const rawSalary: fc.Arbitrary<RawSalary> = fc
  .record(
    { min: lyingAmount, max: lyingAmount, value: lyingAmount, currency: lyingCurrency },
    { requiredKeys: [] },
  )
  .chain((r) => lyingUnit.map((unit) => ({ ...r, unit }) as RawSalary));

/** Any input the parser takes, of any kind. */
const pageInput: fc.Arbitrary<PageInput> = fc.oneof(
  fc.tuple(anyText, pageUrl).map(([text, url]) => ({ kind: 'text' as const, text, url })),
  fc
    .tuple(fc.oneof(brokenHtml(), brokenPostingHtml()), pageUrl)
    .map(([html, url]) => ({ kind: 'html' as const, html, url })),
  fc.tuple(lyingApiObject, pageUrl).map(([value, url]) => ({ kind: 'json' as const, value, url })),
);

const NOISE_SEPARATOR = '\n\nWe build tools for clinics.\n\n';
/**
 * The readers stop after a budget (MAX_TOKENS skill tokens, MAX_FIGURES salary figures): a
 * symbol soup larger than that hides what follows, by design. Noise stays well inside it.
 */
const boundedNoise = adversarialText.filter((t) => t.length <= MAX_TOKENS / 3);
const KNOWN_PAY = 'Salary: $120,000 - $150,000 per year';

export const PROPERTIES: readonly FuzzProperty[] = [
  define('parseInput(text)', 150, fc.tuple(anyText, pageUrl), ([text, url]) => {
    const input = { kind: 'text' as const, text, url };
    checkPosting(parseInput(input, env), provenanceOfInput(input, env), {
      wellFormedInput: isCleanInput(text, url),
    });
  }),
  define(
    'parseInput(html)',
    100,
    fc.tuple(fc.oneof(brokenHtml(), brokenPostingHtml()), pageUrl),
    ([html, url]) => {
      const input = { kind: 'html' as const, html, url };
      checkPosting(parseInput(input, env), provenanceOfInput(input, env), {
        wellFormedInput: isCleanInput(html, url),
      });
    },
  ),
  define(
    'parseDocument(JSON-LD page)',
    100,
    fc.tuple(fc.array(brokenJsonLdScript, { minLength: 1, maxLength: 4 }), brokenHtml(), pageUrl),
    ([scripts, body, url]) => {
      const html = `<html><head>${scripts.join('\n')}</head><body>${body}</body></html>`;
      const doc = env.parseHtml(html);
      checkPosting(parseDocument(doc, url, env), provenanceOfDocument(doc, url, env), {
        wellFormedInput: isCleanInput(html, url),
      });
    },
  ),
  define('parseInput(json)', 150, fc.tuple(lyingApiObject, pageUrl), ([value, url]) => {
    const input = { kind: 'json' as const, value, url };
    checkPosting(parseInput(input, env), provenanceOfInput(input, env), {
      // JSON.stringify writes a lone surrogate as an escape, which isCleanInput spots.
      wellFormedInput: isCleanInput(JSON.stringify(value) ?? null, url),
    });
  }),
  define('parseInput(json, hostile JS objects)', 50, hostileRecipe, (recipe) => {
    const value = buildHostile(recipe);
    checkPosting(parseInput({ kind: 'json', value, url: null }, env), null, {
      wellFormedInput: false,
      hostileInput: true,
    });
  }),
  define(
    'parseInput(html, 1k-10k levels deep)',
    3,
    fc.tuple(brokenPostingHtml([1000, 5000, 10_000]), pageUrl),
    ([html, url]) => {
      const input = { kind: 'html' as const, html, url };
      checkPosting(parseInput(input, env), provenanceOfInput(input, env), {
        wellFormedInput: isCleanInput(html, url),
      });
    },
  ),
  define(
    'parsing is pure: same input, same output, whatever came before',
    50,
    fc.tuple(pageInput, pageInput),
    ([a, b]) => {
      // A module-level /g regex or cache that keeps state between calls shows up here.
      const first = parseInput(a, env);
      parseInput(b, env);
      const again = parseInput(a, env);
      if (!isDeepStrictEqual(first, again))
        throw new Error('a second read of the same input differs');
    },
  ),
  define(
    'extractSalaries',
    300,
    fc.tuple(anyText, fc.option(fc.oneof(fc.string({ maxLength: 4 }), lyingCurrency))),
    ([text, currency]) => {
      const context = { defaultCurrency: currency as string | null };
      checkSalaries(extractSalaries(text, context), { texts: [text], raws: [] });
      const clean = normalizeText(text);
      checkSalaries(extractSalaries(clean, context), { texts: [clean], raws: [] });
    },
  ),
  define('extractSkills', 200, anyText, (text) => {
    checkSkills(extractSkills(text), [text]);
    const clean = normalizeText(text);
    checkSkills(extractSkills(clean), [clean]);
  }),
  define('structuredSalary', 500, rawSalary, (raw) => {
    const { range, problem } = structuredSalary(raw, 'json-ld');
    if (range) {
      if (problem !== null) throw new Error('a range and a problem at once');
      checkSalary(range, { texts: [], raws: [raw] });
    } else if (typeof problem !== 'string' || problem.trim() === '') {
      throw new Error('rejected with no reason');
    } else if (/could not read salary/.test(problem)) {
      throw new Error(`an internal error was swallowed: ${problem}`);
    }
  }),
  define('fieldsFromApiJson', 200, fc.oneof(lyingApiObject, anyJson, hostileRecipe), (v) => {
    const value = isRecipe(v) ? buildHostile(v) : v;
    const { kind, fields } = fieldsFromApiJson(value, env);
    if (!['greenhouse', 'lever', 'ashby', 'json-ld', 'resume', 'unknown'].includes(kind))
      throw new Error(`unknown kind ${kind}`);
    if (!fields) return;
    if (!FieldSource.safeParse(fields.source).success) throw new Error('bad source');
    for (const k of ['title', 'company', 'jobId', 'descriptionText'] as const) {
      const v = fields[k];
      if (v !== undefined && v !== null && typeof v !== 'string') throw new Error(`${k}: ${v}`);
    }
    if (fields.locations?.some((l) => typeof l !== 'string')) throw new Error('bad location');
    for (const raw of fields.structuredSalary ?? []) {
      const { range } = structuredSalary(raw, fields.source);
      if (range) checkSalary(range, { texts: [], raws: [raw] });
    }
  }),
  define('a stated salary survives noise around it', 200, boundedNoise, (noise) => {
    // An exception caught inside the reader would silently drop everything: this catches it.
    const text = [noise, KNOWN_PAY, noise].join(NOISE_SEPARATOR);
    const found = extractSalaries(text);
    if (!found.some((r) => r.min === 120_000 && r.max === 150_000 && r.period === 'year'))
      throw new Error(`known range lost: ${JSON.stringify(found).slice(0, 400)}`);
  }),
  define('a stated skill survives noise around it', 200, boundedNoise, (noise) => {
    const text = [noise, 'Requirements:\n- Strong Python skills', noise].join(NOISE_SEPARATOR);
    const names = extractSkills(text).map((s) => s.name);
    if (!names.includes('Python')) throw new Error(`Python lost: ${names.join(', ')}`);
  }),
];
