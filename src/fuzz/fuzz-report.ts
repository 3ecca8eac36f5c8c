import type { PropertyOutcome } from './run-fuzz.ts';
import { MAX_RATIO, type Scaling } from './timing.ts';

function kb(chars: number): string {
  return chars >= 1024 * 1024
    ? `${(chars / 1024 / 1024).toFixed(1)} M`
    : `${(chars / 1024).toFixed(1)} K`;
}

/** Characters per millisecond as MB of text per second. */
function mbps(chars: number, ms: number): string {
  return ms > 0 ? `${((chars / ms) * 1000) / 1024 / 1024}`.slice(0, 5) : '-';
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function lpad(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

function show(v: unknown, max = 1500): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
}

export function propertyLine(o: PropertyOutcome): string {
  const verdict = o.failed ? 'FAIL' : 'ok  ';
  return [
    verdict,
    pad(o.name, 44),
    lpad(String(o.cases), 8),
    ' cases',
    `  slowest ${o.slowest.ms.toFixed(0)} ms (${kb(o.slowest.size)})`,
    `  largest ${kb(o.largest.size)} in ${o.largest.ms.toFixed(0)} ms`,
    `  ${mbps(o.totalChars, o.totalMs)} MB/s`,
  ].join('');
}

export function failureBlock(o: PropertyOutcome): string {
  return [
    `--- ${o.name}: failed after ${o.cases} cases, shrunk ${o.shrinks} times`,
    `    replay: npm run fuzz -- --only "${o.name}" --seed ${o.seed} --path "${o.path ?? ''}"`,
    `    error: ${o.error ?? '(none)'}`,
    `    counterexample: ${show(o.counterexample)}`,
  ].join('\n');
}

/** The slowest case of a property, when it took long enough to look into. */
export function slowBlock(o: PropertyOutcome, thresholdMs: number): string | null {
  if (o.slowest.ms < thresholdMs) return null;
  const again =
    o.slowest.retimedMs === null ? '' : `, ${o.slowest.retimedMs.toFixed(0)} ms when re-run`;
  return `--- ${o.name}: slowest case ${o.slowest.ms.toFixed(0)} ms${again} on ${kb(o.slowest.size)}: ${show(o.slowest.value, 300)}`;
}

export function scalingLine(s: Scaling): string {
  const verdict = s.ratio < MAX_RATIO ? 'ok  ' : 'SLOW';
  return [
    verdict,
    pad(s.family, 34),
    lpad(s.smallMs.toFixed(0), 7),
    ' ms /100 KB',
    lpad(s.largeMs.toFixed(0), 8),
    ' ms /1 MB',
    `  ratio ${lpad(s.ratio.toFixed(1), 5)}`,
    `  ${mbps(s.throughput, 1)} MB/s`,
  ].join('');
}

export function summary(outcomes: readonly PropertyOutcome[], scaling: readonly Scaling[]): string {
  const cases = outcomes.reduce((n, o) => n + o.cases, 0);
  const failed = outcomes.filter((o) => o.failed).length;
  const slow = scaling.filter((s) => s.ratio >= MAX_RATIO).length;
  const slowest = [...scaling].sort((a, b) => a.throughput - b.throughput).slice(0, 3);
  const lines = [
    `${cases} cases over ${outcomes.length} properties: ${failed} failed.`,
    scaling.length > 0
      ? `${scaling.length} families timed: ${slow} above the ${MAX_RATIO}x bound. Slowest per MB: ${slowest.map((s) => `${s.family} (${mbps(s.throughput, 1)} MB/s)`).join(', ')}.`
      : 'Families not timed (--no-timing).',
  ];
  return lines.join('\n');
}
