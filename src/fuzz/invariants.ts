import { isDeepStrictEqual } from 'node:util';
import type { RawSalary } from '../page/page-fields.ts';
import { implausibleRange } from '../salary/plausibility.ts';
import { Posting } from '../schema/posting.ts';
import { SalaryRange } from '../schema/salary.ts';
import { SkillMention } from '../schema/skill.ts';

/**
 * What every output of the parser must satisfy, whatever the input. Each check throws an
 * Error naming the broken rule, which is what fast-check needs to shrink a counterexample.
 */

/** Where output text may come from: the description texts read, and the structured salaries. */
export interface Provenance {
  /** Normalized texts the parser read prose from (description, pay blocks). */
  texts: string[];
  /** Structured salaries as the sources stated them, before validation. */
  raws: RawSalary[];
}

function fail(rule: string, detail: unknown): never {
  throw new Error(`${rule}: ${JSON.stringify(detail)?.slice(0, 600)}`);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isWellFormed(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** Well-formed, and no JSON or HTML escape in it can decode to a lone surrogate either. */
export function isCleanInput(...parts: (string | null)[]): boolean {
  return parts.every(
    (s) =>
      s === null ||
      (isWellFormed(s) && !/\\u[dD][89a-fA-F]|&#x?[dD][89a-fA-F]|&#5[5-7]\d{3}/.test(s)),
  );
}

/** Every string anywhere in a JSON-like value. */
function stringsIn(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsIn(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsIn(x, out);
  return out;
}

/** The pieces a structured salary's text may be built from: its fields as written. */
function rawPieces(raws: readonly RawSalary[]): string[] {
  const out: string[] = [];
  for (const r of raws) {
    for (const v of [r.min, r.max, r.value, r.currency, r.unit]) {
      if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
    }
  }
  return out;
}

function inAny(piece: string, haystacks: readonly string[]): boolean {
  return haystacks.some((h) => h.includes(piece));
}

/** A structured salary's text ("150000–180000 USD YEAR") is made of the fields it was given. */
function fromStructured(text: string, raws: readonly RawSalary[]): boolean {
  const pieces = text.split(/[ –]/).filter((p) => p !== '');
  const fields = rawPieces(raws);
  return pieces.length > 0 && pieces.every((p) => inAny(p, fields));
}

/** One range: valid, finite, ordered, believable, and its text traceable to the input. */
export function checkSalary(r: SalaryRange, prov: Provenance | null): void {
  const parsed = SalaryRange.safeParse(r);
  if (!parsed.success) fail('salary fails its schema', { r, issues: parsed.error.issues });
  for (const v of [r.min, r.max, r.annual.min, r.annual.max]) {
    if (v !== null && !Number.isFinite(v)) fail('salary bound is not finite', r);
  }
  if (r.min !== null && r.max !== null && r.min > r.max) fail('salary min > max', r);
  const [a, b] = [r.annual.min, r.annual.max];
  if (a !== null && b !== null && a > b) fail('annual min > max', r);
  // Shown numbers must be believable pay: "150000 per HOUR" must never reach the user.
  const why = implausibleRange(r.min, r.max, r.period, r.currency);
  if (why) fail(`implausible salary shown (${why})`, r);
  if (r.text.trim() === '') fail('salary text is empty', r);
  if (!prov) return;
  const traced =
    inAny(r.text, prov.texts) || (r.source !== 'text' && fromStructured(r.text, prov.raws));
  if (!traced) fail('salary text is not in the input', { text: r.text, source: r.source });
}

export function checkSalaries(list: readonly SalaryRange[], prov: Provenance | null): void {
  for (const r of list) checkSalary(r, prov);
}

/** Valid, one entry per skill, evidence bounded and taken from the text read. */
export function checkSkills(list: readonly SkillMention[], texts: readonly string[] | null): void {
  const names = new Set<string>();
  for (const m of list) {
    const parsed = SkillMention.safeParse(m);
    if (!parsed.success) fail('skill fails its schema', { m, issues: parsed.error.issues });
    if (names.has(m.name)) fail('skill listed twice', m.name);
    names.add(m.name);
    if (m.evidence.length > 200) fail('skill evidence longer than 200', m);
    const core = m.evidence.replace(/^…|…$/g, '');
    if (texts && core !== '' && !inAny(core, texts)) fail('skill evidence is not in the text', m);
  }
}

/** Reasons that mean an exception was caught inside the parser: a bug, however well hidden. */
const HIDDEN_ERROR = /could not (?:be )?read|could not check the page|maximum call stack/i;

export interface PostingCheckOptions {
  /** The input was well-formed UTF-16: then so must every output string be. */
  wellFormedInput: boolean;
  /**
   * The input may throw when read (a getter, a proxy): a reason saying which part could not
   * be read is then the right answer, not a swallowed bug.
   */
  hostileInput?: boolean;
}

/** Everything a Posting must satisfy, whatever page or text it came from. */
export function checkPosting(
  p: Posting,
  prov: Provenance | null,
  opts: PostingCheckOptions = { wellFormedInput: false },
): void {
  const parsed = Posting.safeParse(p);
  if (!parsed.success) fail('posting fails its schema', parsed.error.issues);
  // What the extension stores and messages around must survive serialization unchanged.
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(p)), p)) fail('posting changes in JSON', p);
  const hidden = opts.hostileInput ? undefined : p.reasons.find((r) => HIDDEN_ERROR.test(r));
  if (hidden) fail('an internal error was swallowed', hidden);
  if (!p.isPosting && (p.salary.length > 0 || p.skills.length > 0))
    fail('not a posting, yet salary or skills shown', p);
  checkSalaries(p.salary, prov);
  checkSkills(p.skills, prov ? prov.texts : null);
  if (opts.wellFormedInput) {
    const broken = stringsIn(p).find((s) => !isWellFormed(s));
    if (broken !== undefined) fail('a lone surrogate was made from well-formed input', broken);
  }
}
