import { describe, expect, it } from 'vitest';
import { linkedomEnv } from '../dom/linkedom-env.ts';
import { extractSalaries } from '../salary/extract.ts';
import { extractSkills } from '../skills/extract.ts';
import { FAMILIES, type Family } from './families.ts';
import { confirmedScaling, MAX_RATIO, parseFamily, type Scaling } from './timing.ts';

function expectLinear(s: Scaling): void {
  const detail = `${s.family}: 100 KB ${s.smallMs.toFixed(1)} ms, 1 MB ${s.largeMs.toFixed(1)} ms`;
  expect(s.ratio, detail).toBeLessThan(MAX_RATIO);
}

const textFamilies = FAMILIES.filter((f) => f.kind === 'text');

// Ratios only, never absolute times: the machine may be busy. 10x the input must cost well
// under 25x the time; a quadratic step costs 100x.
describe('time stays linear on 100 KB vs 1 MB of each adversarial family', () => {
  it.each(FAMILIES.map((f) => [f.name, f] as [string, Family]))(
    'the whole parser: %s',
    { timeout: 60_000 },
    (_, family) => {
      expectLinear(confirmedScaling(family, (input) => parseFamily(family, input, linkedomEnv)));
    },
  );

  // The parser reads a bounded prefix of huge texts; the extractors themselves must not
  // rely on that.
  it.each(textFamilies.map((f) => [f.name, f] as [string, Family]))(
    'extractSalaries and extractSkills alone: %s',
    { timeout: 60_000 },
    (_, family) => {
      expectLinear(confirmedScaling(family, (input) => extractSalaries(input)));
      expectLinear(confirmedScaling(family, (input) => extractSkills(input)));
    },
  );
});
