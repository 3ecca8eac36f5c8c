import { describe, expect, it } from 'vitest';
import { Match } from '../schema/match.ts';
import type { Posting } from '../schema/posting.ts';
import type { Profile } from '../schema/profile.ts';
import { scoreMatch } from './score.ts';
import { matchSkills } from './skill-match.ts';
import { pay, posting, profile, skill, TARGET_180K } from './test-fixtures.ts';

function score(p: Profile, q: Posting) {
  const match = scoreMatch(p, q);
  expect(Match.safeParse(match).success).toBe(true);
  return match;
}

const GO_RUST = [skill('Go', 'required'), skill('Rust', 'required')];

/** The skills part before evidence pulls it toward the middle, in percent. */
const raw = (p: Profile, q: Posting) => Math.round((matchSkills(p, q.skills).fraction ?? 0) * 100);

describe('scoreMatch: skills', () => {
  it.each([
    ['all matched', ['Go', 'Rust'], 100, 88],
    ['none matched', ['Cobol'], 0, 13],
    ['half matched', ['Go'], 50, 50],
    ['empty profile', [], 0, 13],
  ] as const)('%s', (_name, have, fraction, expected) => {
    expect(raw(profile([...have]), posting(GO_RUST))).toBe(fraction);
    expect(score(profile([...have]), posting(GO_RUST)).score).toBe(expected);
  });

  it('little evidence pulls the score toward the middle, and says what it rests on', () => {
    const one = score(profile(['Go']), posting([skill('Go', 'required')]));
    expect(one.score).toBe(80);
    expect(one.basis?.summary).toBe('based on 1 skill (1 yours) · pay not compared');
    const many = ['Go', 'Rust', 'SQL', 'Docker', 'Linux', 'Kafka', 'Redis', 'gRPC', 'AWS', 'Git'];
    const ten = score(profile(many), posting(many.map((n) => skill(n, 'required'))));
    expect(ten.score).toBe(97);
    expect(ten.basis).toMatchObject({ skillsTotal: 10, skillsMatched: 10 });
    expect(ten.basis?.summary).toBe('skills 10/10 · pay not compared');
  });

  it.each([
    ['golang', 'Go'],
    ['node', 'Node.js'],
    ['k8s', 'Kubernetes'],
    ['GOLANG', 'go'],
  ])('profile "%s" matches posting "%s" through aliases', (have, want) => {
    const match = score(profile([have]), posting([skill(want, 'required')]));
    expect(match.skills[0]?.state).toBe('matched');
    expect(match.score).toBe(80);
  });

  it('weighs a required skill three times a preferred one', () => {
    const q = posting([skill('Go', 'required'), skill('Scala', 'preferred')]);
    const requiredOnly = raw(profile(['Go']), q);
    const preferredOnly = raw(profile(['Scala']), q);
    expect(requiredOnly).toBe(75);
    expect(preferredOnly).toBe(25);
    expect(requiredOnly / preferredOnly).toBe(3);
  });

  it('gives mentioned skills a small weight', () => {
    const q = posting([skill('Go', 'required'), skill('Redis', 'mentioned')]);
    expect(raw(profile(['Go']), q)).toBe(92); // 3 / 3.25
    expect(raw(profile(['Redis']), q)).toBe(8);
  });

  it('counts a skill listed twice once, at its strongest importance', () => {
    const q = posting([
      skill('Go', 'preferred'),
      skill('golang', 'required'),
      skill('Rust', 'required'),
    ]);
    const match = score(profile(['Rust']), q);
    expect(match.skills).toHaveLength(2);
    expect(match.skills.find((s) => s.name === 'Go')?.importance).toBe('required');
    expect(raw(profile(['Rust']), q)).toBe(50);
  });

  it.each([
    ['fewer years: partial credit', 2, 70],
    ['no years: partial floor', 0, 50],
    ['enough years', 5, 100],
    ['more years', 9, 100],
    ['years not stated in the profile', null, 100],
  ] as const)('%s', (_name, have, expected) => {
    const p = have === null ? profile(['Go']) : profile([['Go', have]]);
    const match = score(p, posting([skill('Go', 'required', 5)]));
    expect(raw(p, posting([skill('Go', 'required', 5)]))).toBe(expected);
    expect(match.skills[0]).toMatchObject({ yearsRequired: 5, yearsHave: have });
  });

  it('explains a years shortfall', () => {
    const match = score(profile([['Go', 2]]), posting([skill('Go', 'required', 5)]));
    expect(match.reasons).toContain(
      'Go: the posting asks for 5 years, your profile has 2 (partial credit)',
    );
  });
});

describe('scoreMatch: reasons', () => {
  it('puts required first, then preferred, then pay', () => {
    const q = posting(
      [
        ...['Go', 'Rust', 'SQL', 'Docker', 'Linux', 'Kubernetes'].map((n) => skill(n, 'required')),
        skill('Scala', 'preferred'),
      ],
      [pay(155_300, 232_900, 'USD', 'year', 'Colorado')],
    );
    const p = profile(['Go', 'Rust', 'SQL', 'Docker', 'Linux'], {
      targetSalary: TARGET_180K,
      location: 'Denver, CO',
    });
    expect(score(p, q).reasons.slice(0, 3)).toEqual([
      'Has 5 of 6 required skills (missing Kubernetes)',
      'Missing preferred: Scala',
      'Pay 155,300–232,900 USD/year (Colorado) meets your 180,000 target',
    ]);
  });

  it('lists other listed skills after pay, and says what the score rests on', () => {
    const q = posting([
      skill('Go', 'required'),
      skill('Redis', 'mentioned'),
      skill('Lua', 'mentioned'),
    ]);
    expect(score(profile(['golang', 'Redis']), q).reasons).toEqual([
      'Has the required skill (Go)',
      'Your profile has no target salary to compare with',
      'Has 1 of 2 other listed skills (missing Lua)',
      'Score from skills alone: pay could not be compared',
    ]);
  });

  it('summarises long lists of missing skills', () => {
    const q = posting(['A1', 'B2', 'C3', 'D4', 'E5'].map((n) => skill(n, 'required')));
    expect(score(profile([]), q).reasons[0]).toBe(
      'Has 0 of 5 required skills (missing A1, B2, C3 and 2 more)',
    );
  });

  it('says when there is nothing to score', () => {
    const match = score(profile(['Go'], { targetSalary: TARGET_180K }), posting());
    expect(match.score).toBe(0);
    expect(match.reasons.at(-1)).toMatch(/^No score: the posting lists no skills/);
  });

  it('scores from pay alone when the posting lists no skills', () => {
    const match = score(
      profile([], { targetSalary: TARGET_180K }),
      posting([], [pay(200_000, 220_000)]),
    );
    expect(match.score).toBe(100);
    expect(match.reasons).toContain('Score from pay alone: the posting lists no skills');
    expect(match.basis?.summary).toBe('no skills listed · pay meets target');
  });

  it('says an empty profile lists no skills', () => {
    const match = score(
      profile([], { targetSalary: TARGET_180K }),
      posting(GO_RUST, [pay(200_000, 220_000)]),
    );
    expect(match.score).toBe(27);
    expect(match.reasons).toContain('Your profile lists no skills');
  });
});

describe('scoreMatch: salary fit', () => {
  const withTarget = (extra = {}) =>
    profile(['Go', 'Rust'], { targetSalary: TARGET_180K, ...extra });
  it.each([
    // Both required skills matched: 88 from skills alone (7/8, see weights.ts EVIDENCE_*).
    ['meets: midpoint at or above target', [pay(160_000, 220_000)], 'meets', 90],
    ['partial: only the top reaches it', [pay(150_000, 190_000)], 'partial', 81],
    ['below: the top is under it', [pay(120_000, 150_000)], 'below', 73],
    ['open top at target: meets', [pay(180_000, null)], 'meets', 90],
    ['up to above target: partial', [pay(null, 200_000)], 'partial', 81],
    ['up to under target: below', [pay(null, 170_000)], 'below', 73],
    ['no pay: unknown, skills only', [], 'unknown', 88],
    [
      'another currency: mismatch, skills only',
      [pay(200_000, 250_000, 'EUR')],
      'currency_mismatch',
      88,
    ],
    ['hourly above target once annualised', [pay(90, 95, 'USD', 'hour')], 'meets', 90],
    ['hourly below target once annualised', [pay(70, 80, 'USD', 'hour')], 'below', 73],
    ['monthly', [pay(15_000, 16_000, 'USD', 'month')], 'meets', 90],
  ] as const)('%s', (_name, salary, status, expected) => {
    const match = score(withTarget(), posting(GO_RUST, [...salary]));
    expect(match.salaryFit.status).toBe(status);
    expect(match.score).toBe(expected);
  });

  it('shows hourly pay with its annual equivalent', () => {
    const match = score(withTarget(), posting(GO_RUST, [pay(70, 80, 'USD', 'hour')]));
    expect(match.salaryFit.detail).toBe(
      'Pay 70–80 USD/hour (145,600–166,400 USD/year) is below your 180,000 target',
    );
  });

  it('annualises an hourly target', () => {
    const p = profile([], { targetSalary: { min: 90, currency: 'USD', period: 'hour' } });
    const match = score(p, posting([], [pay(180_000, 200_000)]));
    expect(match.salaryFit.status).toBe('meets');
    expect(match.salaryFit.detail).toContain('your 90 USD/hour target (187,200/year)');
  });

  it('does not convert currencies', () => {
    const match = score(withTarget(), posting(GO_RUST, [pay(200_000, 250_000, 'EUR')]));
    expect(match.salaryFit.detail).toBe(
      'Pay is in EUR, your target is in USD; amounts are not converted',
    );
  });

  it('uses the range in the target currency when tiers differ in currency', () => {
    const salary = [
      pay(100_000, 130_000, 'CAD', 'year', 'Canada'),
      pay(190_000, 210_000, 'USD', 'year', 'United States'),
    ];
    const match = score(withTarget({ location: 'Toronto, Canada' }), posting(GO_RUST, salary));
    expect(match.salaryFit.status).toBe('meets');
    expect(match.salaryFit.detail).toContain('(United States)');
  });

  it('is unknown without a target', () => {
    const match = score(profile(['Go']), posting([], [pay(100_000, 120_000)]));
    expect(match.salaryFit).toEqual({
      status: 'unknown',
      detail: 'Your profile has no target salary to compare with',
    });
  });

  it('prefers base pay over on-target earnings', () => {
    const salary = [pay(250_000, 300_000, 'USD', 'year', null, 'ote'), pay(120_000, 140_000)];
    expect(score(withTarget(), posting(GO_RUST, salary)).salaryFit.status).toBe('below');
  });
});

describe('scoreMatch: pay tier by profile location', () => {
  const tiers = [
    pay(155_300, 232_900, 'USD', 'year', 'Colorado'),
    pay(170_000, 250_000, 'USD', 'year', 'Hawaii and New York (excluding NYC)'),
    pay(190_000, 280_000, 'USD', 'year', 'California, New York City and Washington'),
    pay(140_000, 170_000, 'USD', 'year', 'All other US locations'),
  ];
  it.each([
    ['Denver, CO', 'Colorado'],
    ['colorado', 'Colorado'],
    ['co', 'Colorado'],
    ['Boulder, Colorado, United States', 'Colorado'],
    ['San Francisco, California', 'California, New York City and Washington'],
    ['Seattle, WA', 'California, New York City and Washington'],
    ['New York City', 'California, New York City and Washington'],
    ['Albany, NY', 'Hawaii and New York (excluding NYC)'],
    ['Austin, TX', 'All other US locations'],
  ])('%s -> %s', (location, tier) => {
    const p = profile([], { targetSalary: TARGET_180K, location });
    expect(score(p, posting([], tiers)).salaryFit.detail).toContain(`(${tier})`);
  });

  it('falls back to the first tier and says so', () => {
    const p = profile([], { targetSalary: TARGET_180K, location: 'Lisbon' });
    const detail = score(p, posting([], tiers.slice(0, 2))).salaryFit.detail;
    expect(detail).toContain('(Colorado)');
    expect(detail).toContain('no pay tier matched your location');
  });

  it('asks for a location when there is none', () => {
    const p = profile([], { targetSalary: TARGET_180K });
    expect(score(p, posting([], tiers)).salaryFit.detail).toContain('add your location');
  });
});

describe('scoreMatch: bad input', () => {
  it.each([
    ['profile without version', { skills: [] }, posting()],
    ['posting missing fields', profile(['Go']), { isPosting: true }],
    ['null profile', null, posting()],
  ])('%s gives a clear reason instead of throwing', (_name, p, q) => {
    const match = scoreMatch(p as Profile, q as Posting);
    expect(Match.safeParse(match).success).toBe(true);
    expect(match.score).toBe(0);
    expect(match.reasons[0]).toMatch(/^Cannot score: the (profile|posting) is not valid/);
  });
});
