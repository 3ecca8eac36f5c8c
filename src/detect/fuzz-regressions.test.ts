import { describe, expect, it } from 'vitest';
import { postingSignals } from './posting-signals.ts';

// Regression found by the property tests in src/fuzz.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('posting signals quote the title', () => {
  it('without splitting an astral character at the cut', () => {
    const title = `Senior Engineer ${'x'.repeat(43)}${'😀'.repeat(10)}`;
    const reasons = postingSignals({
      url: null,
      title,
      text: 'We are hiring.',
      salaryCount: 0,
      skillCount: 0,
      sectionKinds: [],
    }).map((s) => s.reason);
    const quoted = reasons.find((r) => r.startsWith('the title reads like a job title'));
    expect(quoted).toBeDefined();
    expect(LONE_SURROGATE.test(quoted ?? '')).toBe(false);
  });
});
