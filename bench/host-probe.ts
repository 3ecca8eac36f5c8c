/**
 * A fixed memory-latency loop: the same dependent loads through a 32 MB table every time, so
 * its time moves only with the host (cache and memory contention from other guests on a
 * shared machine), never with our code. Measured beside the parser's rounds, it shows which
 * rounds ran on a contended host: on this 2-vCPU KVM guest the parser's median and this probe
 * rise and fall together (0.85 ms with the probe at 7.3 ms, 1.5 ms with it at 8.5 ms, within
 * one process and one minute), while a pure arithmetic loop stays flat.
 */

const SLOTS = 8 << 20;
const LOADS = 40_000;

let table: Int32Array | null = null;

function chain(): Int32Array {
  if (table) return table;
  const t = new Int32Array(SLOTS);
  // A multiplicative hash scatters the next index: no stride the prefetcher could follow.
  for (let i = 0; i < SLOTS; i++) t[i] = (Math.imul(i, 2654435761) >>> 0) % SLOTS;
  table = t;
  return t;
}

/** Milliseconds for one pass of the loop (the table is built once, outside the timing). */
export function probeHost(): number {
  const t = chain();
  const start = performance.now();
  let j = 1;
  for (let i = 0; i < LOADS; i++) j = t[j] as number;
  const ms = performance.now() - start;
  // Keeps the loop from being optimized away.
  if (j < 0) throw new Error('unreachable');
  return ms;
}

/** Drops the table (32 MB) once the rounds are over. */
export function releaseProbe(): void {
  table = null;
}
