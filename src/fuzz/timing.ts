import type { ParseEnv } from '../parse/parse-env.ts';
import { parseInput } from '../parse/parse-input.ts';
import type { Family } from './families.ts';

export const SMALL = 100 * 1024;
export const LARGE = 1024 * 1024;
/**
 * 10x the input may cost up to 12x the time: a linear step costs 10x (a little more as the
 * garbage collector works on a bigger heap), a quadratic one 100x. The bench holds every
 * family to it (bench/family-scaling.ts); `npm run fuzz` reports against it.
 */
export const MAX_RATIO = 12;
/**
 * Below this, timer and GC noise dominate: the small run counts as at least this long. A
 * quadratic step that costs under 10 ms at 100 KB costs under a second at 1 MB.
 */
const FLOOR_MS = 10;

export interface Scaling {
  family: string;
  smallMs: number;
  largeMs: number;
  ratio: number;
  /** Characters per millisecond on the large input. */
  throughput: number;
}

function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The whole parser on one input of the family, as the CLI would call it. */
export function parseFamily(family: Family, input: string, env: ParseEnv): void {
  const url = family.url ?? null;
  parseInput(
    family.kind === 'html'
      ? { kind: 'html', html: input, url }
      : { kind: 'text', text: input, url },
    env,
  );
}

/**
 * Time of the small and the large input, each the best of `tries` runs (the best run is
 * the one least disturbed by GC and the other core's load). A first small run warms the JIT.
 */
export function measureScaling(family: Family, run: (input: string) => void, tries = 1): Scaling {
  const small = family.make(SMALL);
  const large = family.make(LARGE);
  run(family.make(SMALL / 10));
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries; i++) {
    smallMs = Math.min(
      smallMs,
      timeOnce(() => run(small)),
      timeOnce(() => run(small)),
    );
    largeMs = Math.min(
      largeMs,
      timeOnce(() => run(large)),
    );
  }
  const ratio = largeMs / Math.max(smallMs, FLOOR_MS);
  return { family: family.name, smallMs, largeMs, ratio, throughput: large.length / largeMs };
}

/** Measures, and measures again only when the first look breaks the bound (a busy machine). */
export function confirmedScaling(family: Family, run: (input: string) => void): Scaling {
  const first = measureScaling(family, run);
  return first.ratio < MAX_RATIO ? first : measureScaling(family, run, 2);
}
