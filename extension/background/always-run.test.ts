import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisteredContentScript } from '../platform/browser-api.ts';
import { createMemoryArea } from '../storage/memory-area.ts';
import { createStore } from '../storage/store.ts';

// A browser's registry of dynamic content scripts and granted origins, kept in memory.
const registry = new Map<string, RegisteredContentScript>();
const granted = new Set<string>();

vi.mock('../platform/browser-api.ts', () => ({
  scripting: {
    register: async (scripts: RegisteredContentScript[]) => {
      for (const s of scripts) {
        if (registry.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registry.set(s.id, s);
      }
    },
    registered: async () => [...registry.values()],
    unregister: async (ids: string[]) => {
      for (const id of ids) registry.delete(id);
    },
  },
  permissions: {
    hasOrigins: async (origins: string[]) => origins.every((o) => granted.has(o)),
    removeOrigins: async (origins: string[]) => origins.every((o) => granted.delete(o)),
  },
}));

const { createAlwaysRun } = await import('./always-run.ts');
const ENGINE = 'content/engine.js';
const ORIGIN = 'https://careers.acme.test';

function setup() {
  const store = createStore(createMemoryArea(), { sync: createMemoryArea() });
  return { store, run: createAlwaysRun(store, ENGINE, () => undefined) };
}

describe('"Always run on this site"', () => {
  beforeEach(() => {
    registry.clear();
    granted.clear();
  });

  it('registers the given file for the origin once the user granted it, and undoes it all', async () => {
    const { store, run } = setup();
    await expect(run.set(ORIGIN, true)).rejects.toThrow(/No permission/);
    granted.add(`${ORIGIN}/*`);
    expect(await run.set(ORIGIN, true)).toBe(true);
    expect([...registry.values()]).toMatchObject([
      { matches: [`${ORIGIN}/*`], js: [ENGINE], runAt: 'document_idle', allFrames: false },
    ]);
    expect(await run.isEnabled(ORIGIN)).toBe(true);
    expect(await run.set(ORIGIN, false)).toBe(false);
    expect(registry.size).toBe(0);
    expect(granted.size).toBe(0);
    expect((await store.getSettings()).alwaysRun).toEqual([]);
  });

  it('a registration an older version left with another file is replaced on start', async () => {
    const { store, run } = setup();
    granted.add(`${ORIGIN}/*`);
    await store.updateSettings((s) => ({ ...s, alwaysRun: [ORIGIN] }));
    const id = `joblens-site:${ORIGIN}`;
    registry.set(id, { id, matches: [`${ORIGIN}/*`], js: ['content/index.js'] });
    registry.set('someone-else', { id: 'someone-else', js: ['other.js'] });
    await run.sync();
    expect(registry.get(id)?.js).toEqual([ENGINE]);
    expect(registry.get('someone-else')?.js).toEqual(['other.js']);
  });

  it('a revoked permission drops the registration and the setting', async () => {
    const { store, run } = setup();
    granted.add(`${ORIGIN}/*`);
    await run.set(ORIGIN, true);
    granted.clear();
    await run.sync();
    expect(registry.size).toBe(0);
    expect((await store.getSettings()).alwaysRun).toEqual([]);
  });
});
