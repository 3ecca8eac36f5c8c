import fc from 'fast-check';

/** What a run may be told: how many cases, which seed, when to stop. */
export interface FuzzParams {
  numRuns?: number;
  seed?: number;
  path?: string;
  /** Stop generating new cases after this many milliseconds (shrinking still completes). */
  timeLimitMs?: number;
  /** Told the size (UTF-16 units), run time and value of every case, shrink steps included. */
  onCase?: (size: number, ms: number, value: unknown) => void;
}

/** One named property, runnable by the unit tests (few cases) and the fuzz script (many). */
export interface FuzzProperty {
  name: string;
  /** Cases per `npm test` run: modest, the long run is `npm run fuzz`. */
  testRuns: number;
  check(params: FuzzParams): fc.RunDetails<unknown>;
  /** Best of three timed runs on one case (a value this property generated), in ms. */
  retime(value: unknown): number;
}

/** Size of a generated case: its strings' length, or its JSON's. */
export function sizeOf(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null) return 0;
  // Tuples of generated parts ([text, url]): the parts' sizes.
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + sizeOf(v), 0);
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0;
  }
}

export function define<T>(
  name: string,
  testRuns: number,
  arb: fc.Arbitrary<T>,
  predicate: (value: T) => void,
): FuzzProperty {
  return {
    name,
    testRuns,
    check(params) {
      const { timeLimitMs, onCase, ...rest } = params;
      const timed = (value: T) => {
        const t0 = performance.now();
        try {
          predicate(value);
        } finally {
          onCase?.(sizeOf(value), performance.now() - t0, value);
        }
      };
      const details = fc.check(fc.property(arb, onCase ? timed : predicate), {
        ...rest,
        ...(timeLimitMs ? { plugins: [fc.interruptAfterTimeLimit(timeLimitMs)] } : {}),
      });
      return details as fc.RunDetails<unknown>;
    },
    retime(value) {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        try {
          predicate(value as T);
        } catch {
          // a failing case is reported by check(); only its time matters here
        }
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    },
  };
}
