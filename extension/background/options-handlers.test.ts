import { describe, expect, it } from 'vitest';
import { scoreMatch } from '../../src/match/score.ts';
import type { From } from '../messaging/check-incoming.ts';
import { createMemoryArea } from '../storage/memory-area.ts';
import { roleFromPosting } from '../storage/saved-roles.ts';
import { createStore } from '../storage/store.ts';
import { testBackgroundDeps } from '../testing/background-deps.ts';
import { posting, profile } from '../testing/fixtures.ts';
import { createHandlers } from './handlers.ts';

const options: From = { kind: 'page', page: 'options', tabId: 9 };

function setup() {
  const notices: string[] = [];
  let clock = 100;
  let scored = 0;
  const deps = testBackgroundDeps({
    store: createStore(createMemoryArea(), { sync: createMemoryArea(), now: () => ++clock }),
    now: () => ++clock,
    score: (p, post) => {
      scored++;
      return scoreMatch(p, post);
    },
    notifyPages: async (tabId, what) => void notices.push(`${tabId}:${what}`),
  });
  return { deps, h: createHandlers(deps), notices, scored: () => scored };
}

const goKafka = posting({
  skills: [
    { name: 'Go', category: 'language', importance: 'required', years: 5, evidence: 'Go' },
    { name: 'Kafka', category: 'data', importance: 'required', years: null, evidence: 'Kafka' },
  ],
});

describe('options handlers', () => {
  it('profile sync is off until the user turns it on, and pages are told of each change', async () => {
    const sync = createMemoryArea();
    const notices: string[] = [];
    const deps = testBackgroundDeps({
      store: createStore(createMemoryArea(), { sync, now: () => 100 }),
      notifyPages: async (tabId, what) => void notices.push(`${tabId}:${what}`),
    });
    const h = createHandlers(deps);
    await h['profile/set']({ profile: profile() }, options);
    expect(await sync.get(null)).toEqual({});
    expect(await h['profile/sync']({ enabled: true }, options)).toMatchObject({
      syncEnabled: true,
      storedIn: 'sync',
    });
    expect((await sync.get('profile')).profile).toEqual(profile());
    await h['profile/sync']({ enabled: false }, options);
    expect(await sync.get(null)).toEqual({});
    expect(notices.filter((n) => n === 'null:profile')).toHaveLength(3);
  });

  it('a profile change re-scores every saved role in one write, keeping updatedAt', async () => {
    const { deps, h, notices } = setup();
    const saved = await deps.store.saveRole({ key: 'k', posting: goKafka, match: null, now: 5 });
    expect(saved.skills[0]).toMatchObject({ name: 'Go', years: 5 });
    const state = await h['profile/set']({ profile: profile() }, options);
    expect(state).toMatchObject({ storedIn: 'local', notice: null, profile: profile() });
    const roles = await deps.store.getSavedRoles();
    // Go with 3 of 5 years, Kafka missing: the same score a live tab gets.
    expect(roles.k?.match?.score).toBe(scoreMatch(profile(), goKafka).score);
    expect(roles.k?.match?.score).toBeLessThan(50);
    expect(roles.k?.updatedAt).toBe(5);
    expect(notices).toEqual(expect.arrayContaining(['null:profile', 'null:roles']));
    const better = profile({ skills: [{ name: 'golang', years: 9 }, { name: 'kafka' }] });
    await h['profile/set']({ profile: better }, options);
    // Both required skills with enough years (two skills are thin evidence, weights.ts) and the
    // job's place fits the profile's.
    expect((await deps.store.getSavedRoles()).k?.match?.score).toBe(89);
  });

  it('profile changes in quick succession share one rescore', async () => {
    const { deps, h, scored } = setup();
    await deps.store.saveRole({ key: 'k', posting: goKafka, match: null, now: 5 });
    await Promise.all([
      h['profile/set']({ profile: profile() }, options),
      h['profile/set']({ profile: profile({ location: 'Austin' }) }, options),
      h['profile/set']({ profile: profile({ location: 'Boston' }) }, options),
    ]);
    await deps.store.getSavedRoles();
    expect(scored()).toBeLessThan(3);
    expect((await h['profile/state']({}, options)).profile?.location).toBe('Boston');
  });

  it('imports merge by job key and report; re-importing changes nothing', async () => {
    const { deps, h } = setup();
    const mine = await deps.store.saveRole({ key: 'a', posting: goKafka, match: null, now: 50 });
    const other = roleFromPosting(
      { key: 'b', posting: posting(), match: null, now: 60 },
      undefined,
    );
    const file = [{ ...mine, note: 'from the other browser', updatedAt: 10 }, other];
    const report = await h['roles/import']({ roles: file }, options);
    expect(report.added.map((o) => o.key)).toEqual(['b']);
    expect(report.updated.map((o) => o.key)).toEqual(['a']);
    const roles = await deps.store.getSavedRoles();
    expect(roles.a).toMatchObject({ note: 'from the other browser', updatedAt: 50 });
    const again = await h['roles/import']({ roles: Object.values(roles) }, options);
    expect(again.added.length + again.updated.length).toBe(0);
    expect(await deps.store.getSavedRoles()).toEqual(roles);
  });

  it('undo of a delete puts the role back as it was', async () => {
    const { deps, h } = setup();
    const role = await deps.store.saveRole({ key: 'a', posting: goKafka, match: null, now: 50 });
    await h['role/patch']({ key: 'a', note: 'keep me' }, options);
    const before = (await deps.store.getSavedRoles()).a!;
    await h['role/remove']({ key: 'a' }, options);
    expect(await deps.store.getSavedRoles()).toEqual({});
    await h['role/restore']({ role: before }, options);
    expect((await deps.store.getSavedRoles()).a).toEqual(before);
    expect(before.savedAt).toBe(role.savedAt);
  });
});
