import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLES_EXPORT_VERSION, rolesCsv, rolesJson } from './roles-export.ts';
import { checkRolesFileSize, parseRolesFile, ROLES_FILE_MAX_BYTES } from './roles-file.ts';
import { savedRole } from './test-roles.ts';

const v1 = readFileSync(new URL('./fixtures/roles-v1.json', import.meta.url), 'utf8');

describe('roles JSON export and import', () => {
  it('round-trips exactly: importing an export gives back the same roles', () => {
    const roles = [
      savedRole({ key: 'a', note: 'line one\nline "two"', stage: 'offer' }),
      savedRole({ key: 'b', salary: [], match: null, company: null, skills: [] }),
    ];
    const text = rolesJson(roles, Date.UTC(2025, 0, 2));
    const back = parseRolesFile(text);
    expect(back).toEqual({ ok: true, version: ROLES_EXPORT_VERSION, roles, invalid: [] });
    expect(JSON.parse(text)).toMatchObject({
      format: 'joblens-roles',
      version: 2,
      exportedAt: '2025-01-02T00:00:00.000Z',
    });
    expect(parseRolesFile(rolesJson([], 0))).toMatchObject({ ok: true, roles: [] });
  });

  it('reads a v1 (prototype) export: fields renamed, keys by job, dates as times', () => {
    const r = parseRolesFile(v1);
    if (!r.ok) throw new Error(r.error);
    expect(r.version).toBe(1);
    expect(r.roles.map((x) => x.key)).toEqual([
      'greenhouse:4012345',
      'lever:8c1f0b1e-2d3a-4f5b-9c6d-7e8f9a0b1c2d',
    ]);
    expect(r.roles[0]).toMatchObject({
      stage: 'applied',
      note: 'Referred by a former colleague',
      locations: ['Denver, CO'],
      match: { score: 81 },
      savedAt: Date.parse('2024-02-10T12:00:00.000Z'),
      updatedAt: Date.parse('2024-02-12T08:30:00.000Z'),
      skills: [
        { name: 'Go', importance: 'required' },
        { name: 'PostgreSQL', importance: 'required' },
        { name: 'Kafka', importance: 'preferred' },
      ],
    });
    expect(r.roles[1]).toMatchObject({ locations: [], match: null, note: '', stage: 'saved' });
    expect(r.roles[1]?.updatedAt).toBe(r.roles[1]?.savedAt);
    expect(r.invalid.map((i) => [i.index, i.title])).toEqual([
      [2, 'Dreamer'],
      [3, null],
    ]);
    expect(r.invalid[0]?.reason).toMatch(/stage/);
  });

  it.each([
    ['empty', '  ', /empty/],
    ['not JSON', '{"format": "joblens-roles", roles', /not valid JSON/],
    ['another file', '{"version":1,"skills":[]}', /not a JobLens roles export/],
    ['an array', '[]', /not a JobLens roles export/],
    ['no version', '{"format":"joblens-roles","roles":[]}', /version/],
    ['a newer version', '{"format":"joblens-roles","version":3,"roles":[]}', /newer JobLens/],
    ['no roles', '{"format":"joblens-roles","version":2,"roles":{}}', /no "roles" list/],
  ])('%s -> refused whole, with a message', (_l, text, msg) => {
    const r = parseRolesFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(msg);
    expect(!r.ok && r.error).toMatch(/Nothing was changed/);
  });

  it('keeps valid entries and reports each invalid one with its reason', () => {
    const good = savedRole({ key: 'ok' });
    const text = JSON.stringify({
      format: 'joblens-roles',
      version: 2,
      roles: [good, { ...good, key: 'bad', stage: 'dreaming' }, { ...good, key: '' }],
    });
    const r = parseRolesFile(text);
    expect(r.ok && r.roles.map((x) => x.key)).toEqual(['ok']);
    expect(r.ok && r.invalid.map((i) => i.index)).toEqual([1, 2]);
    expect(r.ok && r.invalid[0]?.reason).toMatch(/^stage: /);
  });

  it('refuses an oversized file from its size alone', () => {
    expect(checkRolesFileSize(ROLES_FILE_MAX_BYTES)).toBeNull();
    expect(checkRolesFileSize(50 * 1024 * 1024)).toMatch(/50\.0 MB.*up to 40\.0 MB/);
    expect(parseRolesFile('{}', 50 * 1024 * 1024)).toMatchObject({ ok: false });
  });
});

describe('roles CSV export', () => {
  it('one row per role, annual pay in the user tier, formula cells defused', () => {
    const csv = rolesCsv(
      [savedRole({ title: '=HYPERLINK("https://evil.example","click")', note: '@boss, call' })],
      'Denver, CO',
    );
    const [header, row] = csv.split('\r\n');
    expect(header?.split(',').slice(0, 3)).toEqual(['Title', 'Company', 'Locations']);
    expect(row).toMatch(/^"'=HYPERLINK\(""https:\/\/evil\.example"",""click""\)",Acme,/);
    expect(row).toContain(',USD,120000,150000,');
    expect(row).toContain(`"'@boss, call"`);
    expect(row).toContain(',Go,Kafka,');
  });
});
