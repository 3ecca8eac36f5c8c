import { jobKey } from '../../../src/sites/job-identity.ts';

/**
 * Version 1 of the roles export, written by the prototype: one location string, skills as
 * plain name lists (required / nice to have), a bare score, `status` and `notes`, and ISO
 * dates. Entries are turned into today's SavedRole shape; validation happens afterwards, so a
 * bad v1 entry is reported like any other.
 */
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function time(v: unknown): unknown {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return v;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? v : ms;
}

function names(v: unknown, importance: string) {
  return Array.isArray(v)
    ? v.map((name) => ({ name, importance, years: null }))
    : v === undefined
      ? []
      : [{ name: v, importance, years: null }];
}

function keyOf(entry: Record<string, unknown>): string | null {
  const given = str(entry.key);
  if (given) return given;
  const url = str(entry.url);
  if (!url) return null;
  return jobKey(url, str(entry.site), str(entry.jobId));
}

export function roleFromV1(entry: unknown): unknown {
  if (!isObject(entry)) return entry;
  const score = entry.score;
  const location = str(entry.location);
  const savedAt = time(entry.savedAt);
  return {
    key: keyOf(entry),
    url: entry.url,
    site: entry.site ?? null,
    jobId: entry.jobId ?? null,
    title: entry.title ?? null,
    company: entry.company ?? null,
    locations: location ? [location] : [],
    salary: entry.salary ?? [],
    skills: [...names(entry.skills, 'required'), ...names(entry.niceToHave, 'preferred')],
    match:
      typeof score === 'number' ? { score: Math.round(score), summary: `${score}% match` } : null,
    stage: entry.status ?? 'saved',
    note: entry.notes ?? '',
    savedAt,
    updatedAt: entry.updatedAt === undefined ? savedAt : time(entry.updatedAt),
  };
}
