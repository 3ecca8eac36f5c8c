import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES } from './properties.ts';

// Modest case counts: `npm run fuzz` runs the same properties for minutes.
describe('parser on broken input (properties)', () => {
  for (const p of PROPERTIES) {
    it(p.name, { timeout: 60_000 }, () => {
      const details = p.check({ numRuns: p.testRuns });
      if (details.failed) throw new Error(fc.defaultReportMessage(details));
    });
  }
});
