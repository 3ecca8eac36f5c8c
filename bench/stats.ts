/** Small statistics and timing helpers shared by every bench file. */

export function sorted(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** Quantile by linear interpolation between closest ranks (q in 0..1). */
export function quantile(xs: readonly number[], q: number): number {
  const s = sorted(xs);
  if (s.length === 0) return Number.NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo] as number;
  const b = s[hi] as number;
  return a + (b - a) * (pos - lo);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]): number => quantile(xs, 0.95);

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Least-squares slope of log(y) over log(x): 1 is linear, 2 quadratic. */
export function logLogSlope(points: ReadonlyArray<{ x: number; y: number }>): number {
  const pts = points.filter((p) => p.x > 0 && p.y > 0).map((p) => [Math.log(p.x), Math.log(p.y)]);
  if (pts.length < 2) return Number.NaN;
  const mx = mean(pts.map((p) => p[0] as number));
  const my = mean(pts.map((p) => p[1] as number));
  let num = 0;
  let den = 0;
  for (const [x, y] of pts as Array<[number, number]>) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return num / den;
}

export interface SampleOptions {
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Keep sampling until this much time is spent (after minRuns). */
  minMs?: number;
}

/** Wall-clock samples (ms) of a synchronous function, after a warm-up. */
export function sample(fn: () => unknown, opts: SampleOptions = {}): number[] {
  const { warmup = 20, minRuns = 30, maxRuns = 400, minMs = 250 } = opts;
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  const start = performance.now();
  while (out.length < maxRuns && (out.length < minRuns || performance.now() - start < minMs)) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** One timed call (ms) and its result. */
export function timeOnce<T>(fn: () => T): { ms: number; result: T } {
  const t = performance.now();
  const result = fn();
  return { ms: performance.now() - t, result };
}

export const round = (x: number, digits = 3): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
