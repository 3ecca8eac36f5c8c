import { describe, expect, it } from 'vitest';
import { salary } from '../../testing/fixtures.ts';
import { filterRows, isFiltered, NO_FILTER, sitesOf } from './filter-rows.ts';
import { buildSearchIndex, fold, queryTerms } from './search-index.ts';
import { cachedSkillKey } from './skill-keys.ts';
import { nextSort, type SortKey, sortRows } from './sort-rows.ts';
import { rowsOf, savedRole } from './test-roles.ts';

const pay = (min: number, max: number, currency = 'USD') => [
  salary({ min, max, currency, annual: { min, max } }),
];

const roles = [
  savedRole({
    key: 'a',
    title: 'Zeta Engineer',
    company: 'Örsted',
    salary: pay(100, 200),
    savedAt: 3,
    stage: 'offer',
    site: 'lever',
  }),
  savedRole({
    key: 'b',
    title: 'alpha engineer',
    company: null,
    salary: [],
    match: null,
    savedAt: 1,
    stage: 'saved',
    skills: [{ name: 'Rust', importance: 'required', years: null }],
  }),
  savedRole({
    key: 'c',
    title: 'Beta Developer 10',
    company: 'Acme',
    salary: pay(300, 300, 'EUR'),
    savedAt: 2,
    stage: 'applied',
  }),
  savedRole({
    key: 'd',
    title: 'Beta Developer 9',
    company: 'Borealis',
    salary: pay(150, 250),
    savedAt: 4,
    stage: 'interviewing',
    match: { score: 90, summary: '' },
  }),
];
const rows = rowsOf(roles, 'Denver, CO');
const keys = (r: { key: string }[]) => r.map((x) => x.key).join('');

describe('sortRows', () => {
  it.each<[SortKey, 'asc' | 'desc', string]>([
    ['title', 'asc', 'bdca'],
    ['title', 'desc', 'acdb'],
    ['company', 'asc', 'cdab'],
    ['company', 'desc', 'adcb'],
    ['pay', 'desc', 'cdab'],
    ['pay', 'asc', 'cadb'],
    ['score', 'desc', 'dacb'],
    ['stage', 'asc', 'bcda'],
    ['savedAt', 'desc', 'dacb'],
    ['site', 'asc', 'bcda'],
  ])('%s %s -> %s', (key, dir, order) => {
    expect(keys(sortRows(rows, { key, dir }))).toBe(order);
  });

  it('does not change its input', () => {
    sortRows(rows, { key: 'title', dir: 'asc' });
    expect(keys(rows)).toBe('abcd');
  });

  it('next sort: same column flips, numbers start high, text starts low', () => {
    expect(nextSort({ key: 'title', dir: 'asc' }, 'title')).toEqual({ key: 'title', dir: 'desc' });
    expect(nextSort({ key: 'title', dir: 'asc' }, 'pay')).toEqual({ key: 'pay', dir: 'desc' });
    expect(nextSort({ key: 'pay', dir: 'desc' }, 'company').dir).toBe('asc');
  });
});

describe('search and filters', () => {
  const index = buildSearchIndex(rows);
  it.each([
    ['', 'abcd'],
    ['beta', 'cd'],
    ['BETA developer 9', 'd'],
    ['orsted', 'a'],
    ['rust', 'b'],
    ['golang', 'acd'],
    ['kafka acme', 'c'],
    ['nothing-like-this', ''],
  ])('query %j -> %s', (query, out) => {
    expect(keys(filterRows(rows, { ...NO_FILTER, query }, index))).toBe(out);
  });

  it.each([
    [{ stage: 'offer' as const }, 'a'],
    [{ site: 'lever' }, 'a'],
    [{ site: 'greenhouse', query: 'beta' }, 'cd'],
    [{ skill: cachedSkillKey('Kafka') }, 'acd'],
    [{ skill: cachedSkillKey('rust') }, 'b'],
  ])('filter %j -> %s', (f, out) => {
    expect(keys(filterRows(rows, { ...NO_FILTER, ...f }, index))).toBe(out);
    expect(isFiltered({ ...NO_FILTER, ...f })).toBe(true);
  });

  it('helpers', () => {
    expect(sitesOf(rows)).toEqual(['greenhouse', 'lever']);
    expect(isFiltered({ ...NO_FILTER, query: '   ' })).toBe(false);
    expect(fold('Zürich')).toBe('zurich');
    expect(queryTerms('  a  B ')).toEqual(['a', 'b']);
  });
});

describe('describeFilter', () => {
  it('says what the filter asks for, in the order the toolbar shows it', async () => {
    const { describeFilter, NO_FILTER } = await import('./filter-rows.ts');
    expect(describeFilter({ ...NO_FILTER, query: ' zzz ', stage: 'applied' }, null)).toBe(
      '“zzz”, stage applied',
    );
    expect(describeFilter({ ...NO_FILTER, skill: 'go' }, 'Go')).toBe('needing Go');
    expect(describeFilter(NO_FILTER, null)).toBe('');
  });
});
