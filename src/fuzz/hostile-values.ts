import fc from 'fast-check';
import { lyingJobPosting } from './json-ld-arbitraries.ts';

/**
 * In-page JavaScript objects the extension may read (window.__appData): cycles, throwing
 * getters, proxies, BigInt, symbols, functions, null prototypes. JSON never holds these.
 * Generated as a recipe and built inside the property: fast-check itself cannot hold a proxy
 * that throws on every trap.
 */
const HOSTILE: Record<string, () => unknown> = {
  cycle: () => {
    const o: Record<string, unknown> = { '@type': 'JobPosting', title: 'Engineer' };
    Object.assign(o, { mainEntity: o, hiringOrganization: o, jobLocation: [o], baseSalary: o });
    return o;
  },
  throwingGetter: () => ({
    '@type': 'JobPosting',
    get title(): string {
      throw new Error('getter');
    },
  }),
  throwingProxy: () => {
    const trap = () => {
      throw new Error('trap');
    };
    return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
  },
  nullPrototype: () => Object.assign(Object.create(null), { '@type': 'JobPosting', title: 'x' }),
  bigint: () => ({
    '@type': 'JobPosting',
    title: 10n,
    identifier: 5n,
    baseSalary: { currency: 'USD', value: { minValue: 150000n, unitText: 'YEAR' } },
  }),
  symbols: () => ({ '@type': 'JobPosting', title: Symbol('t'), employmentType: Symbol('e') }),
  functionsAndDates: () => ({ '@type': 'JobPosting', title: () => 'x', baseSalary: new Date() }),
  arrayWithKeys: () => Object.assign([], { '@type': 'JobPosting' }),
  objectContent: () => ({ title: 'Engineer', content: { toString: () => '<p>x</p>' }, id: 1 }),
};

export interface HostileRecipe {
  kind: string;
  /** Put inside a generated posting (read around it), or handed over alone. */
  inside: Record<string, unknown> | null;
}

export const hostileRecipe: fc.Arbitrary<HostileRecipe> = fc.record({
  kind: fc.constantFrom(...Object.keys(HOSTILE)),
  inside: fc.option(lyingJobPosting, { nil: null }),
});

export function buildHostile(r: HostileRecipe): unknown {
  const value = (HOSTILE[r.kind] as () => unknown)();
  return r.inside ? { ...r.inside, mainEntity: value, hiringOrganization: value } : value;
}
