import type { ParseEnv } from '../parse/parse-env.ts';
import { FAMILIES } from './families.ts';
import type { FuzzProperty } from './property.ts';
import { confirmedScaling, parseFamily, type Scaling } from './timing.ts';

/** What one property did in a long run. */
export interface PropertyOutcome {
  name: string;
  seed: number;
  cases: number;
  failed: boolean;
  /** The shrunk counterexample and the error it raised, when failed. */
  counterexample: unknown;
  error: string | null;
  shrinks: number;
  /** Replays the failure: `--seed <seed> --path <path>`. */
  path: string | null;
  /** The slowest case after the first (which pays for warming up), with its input. */
  slowest: { size: number; ms: number; value: unknown; retimedMs: number | null };
  largest: { size: number; ms: number };
  totalChars: number;
  totalMs: number;
}

/** Slowest cases above this are timed again. */
const RETIME_MS = 100;

export interface RunOptions {
  /** Most cases per property. */
  runs: number;
  /** Wall-clock budget for all properties together, shared out as they finish. */
  seconds: number;
  seed?: number;
  path?: string;
}

function errorText(e: unknown): string | null {
  if (e === null || e === undefined) return null;
  return e instanceof Error ? e.message : String(e);
}

export function runProperty(
  p: FuzzProperty,
  runs: number,
  budgetMs: number,
  seed: number,
  path?: string,
): PropertyOutcome {
  const slowest: PropertyOutcome['slowest'] = { size: 0, ms: 0, value: null, retimedMs: null };
  const largest = { size: 0, ms: 0 };
  let totalChars = 0;
  let totalMs = 0;
  let seen = 0;
  const details = p.check({
    numRuns: runs,
    seed,
    ...(path ? { path } : {}),
    timeLimitMs: Math.max(1, Math.round(budgetMs)),
    onCase: (size, ms, value) => {
      seen += 1;
      totalChars += size;
      totalMs += ms;
      if (seen > 1 && ms > slowest.ms) Object.assign(slowest, { size, ms, value });
      if (size > largest.size) Object.assign(largest, { size, ms });
    },
  });
  // A slow case on a busy machine may be a GC pause: time it again to tell.
  if (slowest.ms >= RETIME_MS) slowest.retimedMs = p.retime(slowest.value);
  return {
    name: p.name,
    seed: details.seed,
    cases: details.numRuns,
    failed: details.failed,
    counterexample: details.counterexample,
    error: errorText(details.errorInstance),
    shrinks: details.numShrinks,
    path: details.counterexamplePath,
    slowest,
    largest,
    totalChars,
    totalMs,
  };
}

/** Runs each property in turn; a property that finishes early leaves its time to the rest. */
export function runProperties(
  properties: readonly FuzzProperty[],
  options: RunOptions,
  onDone: (o: PropertyOutcome) => void = () => {},
): PropertyOutcome[] {
  const deadline = performance.now() + options.seconds * 1000;
  const out: PropertyOutcome[] = [];
  properties.forEach((p, i) => {
    const left = Math.max(0, deadline - performance.now());
    const share = left / (properties.length - i);
    const seed = options.seed ?? (Date.now() ^ (i * 0x9e3779b9)) | 0;
    const outcome = runProperty(p, options.runs, share, seed, options.path);
    out.push(outcome);
    onDone(outcome);
  });
  return out;
}

/** 100 KB vs 1 MB of every adversarial family through the whole parser. */
export function runFamilies(env: ParseEnv, onDone: (s: Scaling) => void = () => {}): Scaling[] {
  return FAMILIES.map((family) => {
    const s = confirmedScaling(family, (input) => parseFamily(family, input, env));
    onDone(s);
    return s;
  });
}
