import type { z } from 'zod';
import { describeIssues, type QuarantineEntry } from './quarantine.ts';

/** A value read from storage: what is usable, and what had to be set aside (with why). */
export interface Checked<T> {
  value: T;
  setAside: QuarantineEntry[];
}

/** One stored value: valid, missing (fallback), or set aside whole. */
export function checkValue<S extends z.ZodType>(
  key: string,
  raw: unknown,
  schema: S,
  fallback: z.output<S>,
  now: number,
): Checked<z.output<S>> {
  if (raw === undefined) return { value: fallback, setAside: [] };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, setAside: [] };
  return {
    value: fallback,
    setAside: [{ originalKey: key, reason: describeIssues(parsed.error), value: raw, at: now }],
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A record stored as one value (savedRoles): entries are checked one by one so a single bad
 * entry is set aside without taking the others with it. `keyOf` ties each entry to its
 * record key; an entry filed under the wrong key is set aside too.
 */
export function checkRecord<S extends z.ZodType>(
  key: string,
  raw: unknown,
  entrySchema: S,
  keyOf: (entry: z.output<S>) => string,
  now: number,
): Checked<Record<string, z.output<S>>> {
  if (raw === undefined) return { value: {}, setAside: [] };
  if (!isPlainObject(raw)) {
    return {
      value: {},
      setAside: [
        { originalKey: key, reason: 'expected an object keyed by job', value: raw, at: now },
      ],
    };
  }
  const value: Record<string, z.output<S>> = {};
  const setAside: QuarantineEntry[] = [];
  for (const [k, entry] of Object.entries(raw)) {
    const parsed = entrySchema.safeParse(entry);
    if (!parsed.success) {
      setAside.push({
        originalKey: `${key}/${k}`,
        reason: describeIssues(parsed.error),
        value: entry,
        at: now,
      });
    } else if (keyOf(parsed.data) !== k) {
      setAside.push({
        originalKey: `${key}/${k}`,
        reason: 'entry filed under another key',
        value: entry,
        at: now,
      });
    } else {
      value[k] = parsed.data;
    }
  }
  return { value, setAside };
}
