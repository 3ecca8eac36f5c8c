import { shardOf } from './keys.ts';
import { NOTE_MAX, STAGE_NAMES, type StageName } from './role-constants.ts';
import type { SavedRole } from './saved-role.ts';

/** One pay range per year, as the table compares and charts it (amounts never converted). */
export interface IndexPay {
  currency: string;
  min: number | null;
  max: number | null;
  /** The location tier the range is for ("Colorado"), if the posting splits pay by place. */
  tier: string | null;
}

/**
 * What the saved-roles table, its search, filters and charts need of one role: everything but
 * the pay texts, sources and skill years. Derived from the role and written with it.
 */
export interface IndexEntry {
  key: string;
  url: string;
  title: string | null;
  company: string | null;
  locations: string[];
  site: string | null;
  /** The ranges a tier is chosen from: base pay where the posting states any, else all. */
  pay: IndexPay[];
  score: number | null;
  summary: string | null;
  stage: StageName;
  note: string;
  savedAt: number;
  updatedAt: number;
  required: string[];
  preferred: string[];
  mentioned: string[];
}

export function indexEntryOf(role: SavedRole): IndexEntry {
  const base = role.salary.filter((r) => r.basis === 'base');
  const pool = base.length > 0 ? base : role.salary;
  const named = (importance: string) =>
    role.skills.filter((s) => s.importance === importance).map((s) => s.name);
  return {
    key: role.key,
    url: role.url,
    title: role.title,
    company: role.company,
    locations: role.locations,
    site: role.site,
    pay: pool.map((r) => ({
      currency: r.currency,
      min: r.annual.min,
      max: r.annual.max,
      tier: r.location,
    })),
    score: role.match?.score ?? null,
    summary: role.match?.summary ?? null,
    stage: role.stage,
    note: role.note,
    savedAt: role.savedAt,
    updatedAt: role.updatedAt,
    required: named('required'),
    preferred: named('preferred'),
    mentioned: named('mentioned'),
  };
}

// Hand-written checks, not zod: pages validate ten thousand entries before the first row
// shows, and zod without its JIT (the extension CSP forbids it) is ten times slower.
const STAGE_SET = new Set<unknown>(STAGE_NAMES);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrOrNull = (x: unknown) => x === null || typeof x === 'string';
const isStrings = (x: unknown) => Array.isArray(x) && x.every(isStr);
const isTime = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
const isAmount = (x: unknown) =>
  x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0);
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function isPay(x: unknown): boolean {
  return (
    isRecord(x) &&
    isStr(x.currency) &&
    /^[A-Z]{3}$/.test(x.currency) &&
    isAmount(x.min) &&
    isAmount(x.max) &&
    (x.min !== null || x.max !== null) &&
    isStrOrNull(x.tier)
  );
}

/** Why a value is not an index entry, or null when it is one. */
export function indexEntryProblem(x: unknown): string | null {
  if (!isRecord(x)) return 'not an object';
  if (!isStr(x.key) || x.key === '' || x.key in Object.prototype) return 'key';
  if (!isStr(x.url)) return 'url';
  if (!isStrOrNull(x.title)) return 'title';
  if (!isStrOrNull(x.company)) return 'company';
  if (!isStrings(x.locations)) return 'locations';
  if (!isStrOrNull(x.site)) return 'site';
  if (!Array.isArray(x.pay) || !x.pay.every(isPay)) return 'pay';
  if (
    x.score !== null &&
    !(Number.isInteger(x.score) && (x.score as number) >= 0 && (x.score as number) <= 100)
  )
    return 'score';
  if (!isStrOrNull(x.summary)) return 'summary';
  if (!STAGE_SET.has(x.stage)) return 'stage';
  if (!isStr(x.note) || x.note.length > NOTE_MAX) return 'note';
  if (!isTime(x.savedAt)) return 'savedAt';
  if (!isTime(x.updatedAt)) return 'updatedAt';
  if (!isStrings(x.required)) return 'required';
  if (!isStrings(x.preferred)) return 'preferred';
  if (!isStrings(x.mentioned)) return 'mentioned';
  return null;
}

export const isIndexEntry = (x: unknown): x is IndexEntry => indexEntryProblem(x) === null;

type PayTuple = [string, number | null, number | null, string | null];

/** One entry as stored: its fields in FIELDS order (no field names: a third of the bytes). */
function toTuple(e: IndexEntry): unknown[] {
  const pay: PayTuple[] = e.pay.map((p) => [p.currency, p.min, p.max, p.tier]);
  return [
    e.key,
    e.url,
    e.title,
    e.company,
    e.locations,
    e.site,
    pay,
    e.score,
    e.summary,
    e.stage,
    e.note,
    e.savedAt,
    e.updatedAt,
    e.required,
    e.preferred,
    e.mentioned,
  ];
}

/** A stored tuple back as an entry object, unchecked (indexEntryProblem checks it). */
function fromTuple(t: unknown): unknown {
  if (!Array.isArray(t) || t.length !== 16) return null;
  const pay = Array.isArray(t[6])
    ? t[6].map((p: unknown) =>
        Array.isArray(p) && p.length === 4
          ? { currency: p[0], min: p[1], max: p[2], tier: p[3] }
          : null,
      )
    : t[6];
  return {
    key: t[0],
    url: t[1],
    title: t[2],
    company: t[3],
    locations: t[4],
    site: t[5],
    pay,
    score: t[7],
    summary: t[8],
    stage: t[9],
    note: t[10],
    savedAt: t[11],
    updatedAt: t[12],
    required: t[13],
    preferred: t[14],
    mentioned: t[15],
  };
}

/**
 * A shard as stored: a JSON string of entry tuples. One string crosses the storage API ~8x
 * faster than the same data as objects (which the browser converts value by value).
 */
export function encodeShard(entries: Iterable<IndexEntry>): string {
  return JSON.stringify([...entries].map(toTuple));
}

/**
 * A stored shard checked whole: the entries, or why the shard cannot be trusted (then it is
 * rebuilt from the roles themselves, never used in part).
 */
export function parseShard(raw: unknown, shard: number): IndexEntry[] | string {
  if (raw === undefined) return 'missing';
  if (typeof raw !== 'string') return 'not a JSON string';
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return 'not valid JSON';
  }
  if (!Array.isArray(data)) return 'not a list';
  const out: IndexEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < data.length; i++) {
    const entry = fromTuple(data[i]);
    if (entry === null) return `entry ${i}: not an entry`;
    const problem = indexEntryProblem(entry);
    if (problem) return `entry ${i}: bad ${problem}`;
    const { key } = entry as IndexEntry;
    if (shardOf(key) !== shard) return `entry ${i}: filed in the wrong shard`;
    if (seen.has(key)) return `entry ${i}: listed twice`;
    seen.add(key);
    out.push(entry as IndexEntry);
  }
  return out;
}

/** Newest activity first: the order the options page lists roles in. */
export function byActivity(a: IndexEntry, b: IndexEntry): number {
  return b.updatedAt - a.updatedAt;
}
