import { describe, expect, it } from 'vitest';
import { profile, salary } from '../../testing/fixtures.ts';
import { niceCeil, payGroups } from './pay-chart-data.ts';
import { skillGaps } from './skill-gaps.ts';
import { rowsOf, savedRole } from './test-roles.ts';

const req = (name: string) => ({ name, importance: 'required' as const, years: null });
const pref = (name: string) => ({ name, importance: 'preferred' as const, years: null });
const ment = (name: string) => ({ name, importance: 'mentioned' as const, years: null });

describe('skillGaps', () => {
  const rows = rowsOf(
    [
      savedRole({ key: 'a', skills: [req('Go'), req('Kafka'), pref('Terraform'), ment('Jira')] }),
      savedRole({ key: 'b', skills: [req('kafka'), pref('Apache Kafka'), req('Rust')] }),
      savedRole({ key: 'c', skills: [pref('Kafka'), pref('Rust'), req('Terraform')] }),
    ],
    null,
  );

  it('counts roles asking for each missing skill, aliases as one, each role once', () => {
    const gaps = skillGaps(rows, profile({ skills: [{ name: 'golang' }] }));
    expect(gaps.map((g) => [g.name, g.required, g.preferred, g.total])).toEqual([
      ['Kafka', 2, 1, 3],
      ['Rust', 1, 1, 2],
      ['Terraform', 1, 1, 2],
    ]);
  });

  it('without a profile every asked-for skill is a gap; the limit applies', () => {
    expect(skillGaps(rows, null, 2).map((g) => g.name)).toEqual(['Kafka', 'Rust']);
    expect(skillGaps(rows, null).map((g) => g.name)).toContain('Go');
    expect(skillGaps([], null)).toEqual([]);
  });
});

describe('payGroups', () => {
  const usd = (min: number | null, max: number | null) => [
    salary({ min, max, annual: { min, max } }),
  ];
  const rows = rowsOf(
    [
      savedRole({ key: 'low', title: 'Low', salary: usd(90_000, 110_000) }),
      savedRole({ key: 'high', title: 'High', company: null, salary: usd(150_000, null) }),
      savedRole({
        key: 'eur',
        salary: [
          salary({
            currency: 'EUR',
            min: 70_000,
            max: 80_000,
            annual: { min: 70_000, max: 80_000 },
          }),
        ],
      }),
      savedRole({ key: 'none', salary: [] }),
      savedRole({
        key: 'hourly',
        title: 'Hourly',
        salary: [
          salary({ period: 'hour', min: 50, max: 60, annual: { min: 104_000, max: 124_800 } }),
        ],
      }),
    ],
    'Denver, CO',
  );
  const target = profile({ targetSalary: { min: 10_000, currency: 'USD', period: 'month' } });

  it('groups by currency, target currency first with the annual target line', () => {
    const { groups, withoutPay } = payGroups(rows, target);
    expect(groups.map((g) => [g.currency, g.total, g.target])).toEqual([
      ['USD', 3, 120_000],
      ['EUR', 1, null],
    ]);
    expect(withoutPay).toBe(1);
    const bars = groups[0]?.bars ?? [];
    expect(bars.map((b) => [b.label, b.low, b.high, b.open])).toEqual([
      ['High', 150_000, 150_000, 'high'],
      ['Hourly — Acme', 104_000, 124_800, null],
      ['Low — Acme', 90_000, 110_000, null],
    ]);
    expect(groups[0]?.axisMax).toBe(200_000);
  });

  it('caps the bars per currency but counts them all', () => {
    const g = payGroups(rows, null, 1).groups;
    expect(g[0]).toMatchObject({ currency: 'USD', total: 3, target: null });
    expect(g[0]?.bars).toHaveLength(1);
  });

  it.each([
    [0, 1],
    [7, 10],
    [120_000, 200_000],
    [175_000, 200_000],
    [230_000, 250_000],
    [1_000, 1_000],
  ])('niceCeil(%d) = %d', (v, out) => {
    expect(niceCeil(v)).toBe(out);
  });
});
