import { describe, expect, it } from 'vitest';
import { match, posting, salary } from '../testing/fixtures.ts';
import { salaryRows } from './salary-rows.ts';
import { skillGroups } from './skill-groups.ts';

describe('salaryRows', () => {
  const tiers = [
    salary({
      location: 'Colorado',
      text: '$100,000 – $120,000 (Colorado)',
      min: 100000,
      max: 120000,
      annual: { min: 100000, max: 120000 },
    }),
    salary({
      location: 'New York City',
      text: '$130,000 – $150,000 (NYC)',
      min: 130000,
      max: 150000,
      annual: { min: 130000, max: 150000 },
    }),
  ];

  it('keeps the written text and marks the tier for the profile location', () => {
    const rows = salaryRows(tiers, 'Denver, Colorado');
    expect(rows.map((r) => [r.written, r.tier, r.yours])).toEqual([
      ['$130,000 – $150,000 (NYC)', 'New York City', false],
      ['$100,000 – $120,000 (Colorado)', 'Colorado', true],
    ]);
  });

  it('marks a tier stated for another country than the job as not applying', () => {
    const usOnly = salary({ location: 'United States', text: '$90,000 – $110,000 (US)' });
    const canada = salary({ location: 'Canada', text: 'CA$95,000 – CA$115,000' });
    const rows = salaryRows([usOnly, canada], 'Toronto, ON', ['Toronto, ON']);
    expect(rows.map((r) => [r.tier, r.applies, r.yours])).toEqual([
      ['United States', false, false],
      ['Canada', true, false],
    ]);
    expect(salaryRows([usOnly], null, []).every((r) => r.applies)).toBe(true);
  });

  it('marks nothing without a profile location, or for a range that names no place', () => {
    expect(salaryRows(tiers, null).some((r) => r.yours)).toBe(false);
    expect(salaryRows([salary()], 'Denver, CO')[0]?.yours).toBe(false);
  });

  it('annualises hourly pay and leaves yearly alone', () => {
    const hourly = salary({
      period: 'hour',
      min: 50,
      max: 60,
      annual: { min: 104000, max: 124800 },
      text: '$50-60/hr',
    });
    const [row] = salaryRows([hourly], null);
    expect(row?.headline).toBe('$50–$60 / hr · USD');
    expect(row?.annual).toBe('$104K–$124.8K / yr · USD');
    expect(row?.written).toBe('$50-60/hr');
    expect(salaryRows([salary()], null)[0]?.annual).toBeNull();
  });

  it("lists tiers highest pay first and marks the only tier when it is the user's", () => {
    const rows = salaryRows(tiers, null);
    expect(rows.map((r) => r.tier)).toEqual(['New York City', 'Colorado']);
    expect(salaryRows([tiers[0]!], 'Denver, Colorado')[0]?.yours).toBe(true);
  });

  it('puts the target on the bar in the same currency, per year', () => {
    const target = { min: 125_000, currency: 'USD', period: 'year' } as const;
    const [row] = salaryRows([tiers[0]!], null, [], target);
    expect(row?.bar).toMatchObject({ target: expect.any(Number) });
    const bar = row!.bar!;
    expect(bar.from).toBeLessThan(bar.to);
    expect(bar.target).toBeGreaterThan(bar.to);
    expect(bar.targetLabel).toBe('your target $125K / yr');
    expect(salaryRows([tiers[0]!], null, [], { ...target, currency: 'EUR' })[0]?.bar).toBeNull();
  });
});

describe('skillGroups', () => {
  it('groups matched, missing required, missing preferred', () => {
    const m = match({
      skills: [
        {
          name: 'Kafka',
          importance: 'preferred',
          state: 'missing',
          yearsRequired: null,
          yearsHave: null,
        },
        { name: 'Go', importance: 'required', state: 'matched', yearsRequired: 3, yearsHave: 4 },
        {
          name: 'Rust',
          importance: 'required',
          state: 'missing',
          yearsRequired: null,
          yearsHave: null,
        },
      ],
    });
    const groups = skillGroups(posting(), m);
    expect(
      groups.map((g) => [g.id, g.skills.map((s) => `${s.name}:${s.state}:${s.importance}`)]),
    ).toEqual([
      ['matched', ['Go:matched:required']],
      ['missing-required', ['Rust:missing:required']],
      ['missing-preferred', ['Kafka:missing:preferred']],
    ]);
    expect(groups[0]?.skills[0]?.detail).toBe('4 yrs (asks 3+)');
  });

  it('lists the posting skills as unknown without a profile', () => {
    const groups = skillGroups(posting(), null);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.skills.map((s) => s.state)).toEqual(['unknown', 'unknown']);
  });

  it('has no groups for a posting without skills', () => {
    expect(skillGroups(posting({ skills: [] }), null)).toEqual([]);
  });
});

describe('languageName', () => {
  it('names the posting language for the header', async () => {
    const { languageName } = await import('./PostingHeader.tsx');
    expect(languageName('de')).toBe('German');
    expect(languageName('pt')).toBe('Portuguese');
    expect(languageName('de', 'fr')).toBe('allemand');
  });
});
