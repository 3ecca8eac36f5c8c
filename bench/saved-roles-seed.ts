import { KEYS } from '../extension/storage/keys.ts';
import { roleLayoutItems } from '../extension/storage/role-layout.ts';
import type { SavedRole, Stage } from '../extension/storage/saved-role.ts';
import { CURRENT_SCHEMA_VERSION } from '../extension/storage/schema-version.ts';
import type { SalaryRange } from '../src/schema/salary.ts';

/**
 * Saved roles as a heavy user would have them after a long search: varied sites, companies,
 * pay in several currencies and periods, skills, scores, stages and the odd note. Deterministic.
 */
const COMPANIES = [
  'Ferrowood',
  'Pinecrest Health',
  'Nordlicht Freight',
  'Globex',
  'Initech',
  'Hooli',
  'Vandelay Imports',
  'Umbrella Labs',
  'Stark Tools',
  'Wayne Freight',
  'Acme Cloud',
  'Soylent Data',
  'Cyberdyne Apps',
  'Tyrell Robotics',
  'Wonka Foods',
  'Oscorp Energy',
];
const TITLES = [
  'Senior Backend Engineer',
  'Staff Data Platform Engineer',
  'Senior Mobile Engineer (iOS)',
  'Frontend Developer',
  'Site Reliability Engineer',
  'Machine Learning Engineer',
  'Engineering Manager, Payments',
  'Product Designer',
  'Data Analyst',
  'Platform Engineer',
  'Security Engineer',
  'QA Automation Engineer',
];
const PLACES = [
  'Denver, CO',
  'Remote (United States)',
  'Chicago, IL',
  'New York, NY',
  'Hamburg, Germany',
  'London, UK',
  'Toronto, ON',
  'Austin, TX',
  'Berlin, Germany',
  'Sydney, NSW',
];
const SKILLS = [
  'Python',
  'Go',
  'TypeScript',
  'Kubernetes',
  'PostgreSQL',
  'AWS',
  'Terraform',
  'React',
  'Kafka',
  'Swift',
  'Kotlin',
  'Java',
  'Spark',
  'Snowflake',
  'Docker',
  'GraphQL',
];
const SITES = [
  {
    site: 'greenhouse',
    url: (id: number) =>
      `https://job-boards.greenhouse.io/company${id % 97}/jobs/${4_000_000 + id}`,
  },
  {
    site: 'lever',
    url: (id: number) =>
      `https://jobs.lever.co/company${id % 89}/${(id * 2654435761).toString(16).padStart(8, '0')}-1f3d-4e5a-9b8c-${String(id).padStart(12, '0')}`,
  },
  {
    site: 'linkedin',
    url: (id: number) => `https://www.linkedin.com/jobs/view/${3_900_000_000 + id}/`,
  },
  {
    site: 'ashby',
    url: (id: number) =>
      `https://jobs.ashbyhq.com/company${id % 61}/${String(id).padStart(8, '0')}-8b7d-4e6f-a5c4-1d2e3f4a5b6c`,
  },
];
const STAGE_CYCLE: Stage[] = [
  'saved',
  'saved',
  'saved',
  'applied',
  'applied',
  'interviewing',
  'rejected',
  'offer',
  'withdrawn',
];
const PAY = [
  { currency: 'USD', period: 'year', min: 120_000, step: 5_000, mult: 1 },
  { currency: 'EUR', period: 'year', min: 55_000, step: 2_500, mult: 1 },
  { currency: 'GBP', period: 'year', min: 50_000, step: 2_500, mult: 1 },
  { currency: 'USD', period: 'hour', min: 55, step: 5, mult: 2080 },
] as const;

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

function salary(i: number): SalaryRange[] {
  if (i % 5 === 4) return [];
  const p = pick(PAY, i);
  const min = p.min + (i % 9) * p.step;
  const max = min + 4 * p.step;
  const sym = p.currency === 'USD' ? '$' : p.currency === 'EUR' ? '€' : '£';
  return [
    {
      min,
      max,
      currency: p.currency,
      currencyAssumed: false,
      period: p.period,
      location: null,
      basis: 'base',
      annual: { min: min * p.mult, max: max * p.mult },
      text: `${sym}${min.toLocaleString('en-US')} - ${sym}${max.toLocaleString('en-US')}${p.period === 'hour' ? ' per hour' : ''}`,
      source: i % 2 ? 'adapter' : 'text',
    },
  ];
}

export function seedRole(i: number, now: number): SavedRole {
  const s = pick(SITES, i);
  const jobId =
    s.site === 'greenhouse'
      ? String(4_000_000 + i)
      : s.site === 'linkedin'
        ? String(3_900_000_000 + i)
        : `job-${i}`;
  const score = (i * 37) % 101;
  return {
    key: `${s.site}:${jobId}`,
    url: s.url(i),
    site: s.site,
    jobId,
    title: `${pick(TITLES, i)}${i % 3 === 0 ? `, ${pick(['Search', 'Billing', 'Maps', 'Identity'], i)}` : ''}`,
    company: pick(COMPANIES, i * 7),
    locations: i % 4 === 0 ? [pick(PLACES, i), pick(PLACES, i + 3)] : [pick(PLACES, i)],
    salary: salary(i),
    skills: Array.from({ length: 4 + (i % 6) }, (_, k) => ({
      name: pick(SKILLS, i + k * 3),
      importance: k < 3 ? 'required' : k < 5 ? 'preferred' : 'mentioned',
      years: k === 0 ? 3 + (i % 5) : null,
    })),
    match:
      i % 7 === 6
        ? null
        : {
            score,
            summary: `${score}% match: you have ${3 + (i % 4)} of ${6 + (i % 3)} required skills`,
          },
    stage: pick(STAGE_CYCLE, i),
    note:
      i % 10 === 0
        ? 'Recruiter call went well; ask about the on-call rotation and the remote policy.'
        : '',
    savedAt: now - i * 60_000,
    updatedAt: now - i * 30_000,
  };
}

export function seedRoles(count: number, now = Date.UTC(2025, 5, 1)): Record<string, SavedRole> {
  const out: Record<string, SavedRole> = {};
  for (let i = 0; i < count; i++) {
    const r = seedRole(i, now);
    out[r.key] = r;
  }
  return out;
}

/**
 * The storage.local items for `count` saved roles in the layout this build reads (one key per
 * role plus the index), made by the same code the extension's migration writes them with.
 */
export function seedStorageItems(count: number, now?: number): Record<string, unknown> {
  return {
    [KEYS.schemaVersion]: CURRENT_SCHEMA_VERSION,
    ...roleLayoutItems(Object.values(seedRoles(count, now))),
  };
}
