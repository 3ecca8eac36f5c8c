/**
 * The long fuzz run: the properties of src/fuzz with many more cases than `npm test` gives
 * them, then the linear-time check on every adversarial family.
 *
 *   npm run fuzz                        # about two minutes of properties, then timing
 *   npm run fuzz -- --seconds 600       # longer
 *   npm run fuzz -- --runs 5000         # at most 5000 cases per property
 *   npm run fuzz -- --only json --seed 42 --path "3:1"   # replay one failure
 *   npm run fuzz -- --no-timing
 *
 * Exits 1 when a property fails or a family scales worse than the bound.
 */
import { parseArgs } from 'node:util';
import { linkedomEnv } from '../src/dom/linkedom-env.ts';
import {
  failureBlock,
  propertyLine,
  scalingLine,
  slowBlock,
  summary,
} from '../src/fuzz/fuzz-report.ts';
import { PROPERTIES } from '../src/fuzz/properties.ts';
import { runFamilies, runProperties } from '../src/fuzz/run-fuzz.ts';
import { MAX_RATIO } from '../src/fuzz/timing.ts';

/** A single case slower than this is printed, to be looked into. */
const SLOW_CASE_MS = 250;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '120' },
    seed: { type: 'string' },
    path: { type: 'string' },
    only: { type: 'string' },
    'no-timing': { type: 'boolean', default: false },
  },
});

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    process.stderr.write(`fuzz: --${name} wants a positive number, got "${raw}"\n`);
    process.exit(2);
  }
  return n;
}

const runs = Math.floor(positive('runs', values.runs));
const seconds = positive('seconds', values.seconds);
const seed = values.seed === undefined ? undefined : Math.trunc(Number(values.seed));
const only = values.only?.toLowerCase();
const properties = PROPERTIES.filter((p) => !only || p.name.toLowerCase().includes(only));
if (properties.length === 0) {
  process.stderr.write(`fuzz: no property matches "${values.only}"\n`);
  process.exit(2);
}

const started = performance.now();
process.stdout.write(
  `Fuzzing ${properties.length} properties for ${seconds} s (at most ${runs} cases each)\n`,
);
const outcomes = runProperties(properties, { runs, seconds, seed, path: values.path }, (o) =>
  process.stdout.write(`${propertyLine(o)}\n`),
);
for (const o of outcomes.filter((x) => x.failed)) process.stdout.write(`\n${failureBlock(o)}\n`);
for (const o of outcomes) {
  const slow = slowBlock(o, SLOW_CASE_MS);
  if (slow) process.stdout.write(`\n${slow}\n`);
}

const timing = values['no-timing']
  ? []
  : (() => {
      process.stdout.write(
        `\nTime on 100 KB vs 1 MB of each adversarial family (bound: ${MAX_RATIO}x)\n`,
      );
      return runFamilies(linkedomEnv, (s) => process.stdout.write(`${scalingLine(s)}\n`));
    })();

process.stdout.write(`\n${summary(outcomes, timing)}\n`);
process.stdout.write(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.\n`);
const bad = outcomes.some((o) => o.failed) || timing.some((s) => s.ratio >= MAX_RATIO);
process.exit(bad ? 1 : 0);
