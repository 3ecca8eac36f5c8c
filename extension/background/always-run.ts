import { permissions, scripting } from '../platform/browser-api.ts';
import { originPattern } from '../shared/match-pattern.ts';
import type { Store } from '../storage/store.ts';

const ID_PREFIX = 'joblens-site:';
const scriptId = (origin: string): string => `${ID_PREFIX}${origin}`;

/**
 * "Always run on this site": the popup asks for the origin's optional host permission (it
 * must, inside the click); this registers the content script there, remembers the choice,
 * and undoes all of it when switched off or when the user revokes the permission.
 */
export function createAlwaysRun(store: Store, contentFile: string, log: (m: string) => void) {
  async function register(origin: string): Promise<void> {
    const script = {
      id: scriptId(origin),
      matches: [originPattern(origin)],
      js: [contentFile],
      runAt: 'document_idle' as const,
      allFrames: false,
    };
    try {
      await scripting.register([{ ...script, persistAcrossSessions: true }]);
    } catch {
      // Older Firefox refused persistAcrossSessions: registrations are re-synced on start.
      await scripting.register([script]);
    }
  }

  async function registeredIds(): Promise<Set<string>> {
    return new Set((await scripting.registered()).map((s) => s.id));
  }

  async function set(origin: string, enabled: boolean): Promise<boolean> {
    const ids = await registeredIds();
    if (enabled) {
      if (!(await permissions.hasOrigins([originPattern(origin)]))) {
        throw new Error(`No permission for ${origin}: allow it when the browser asks.`);
      }
      if (!ids.has(scriptId(origin))) await register(origin);
      await store.updateSettings((s) => ({
        ...s,
        alwaysRun: [...new Set([...s.alwaysRun, origin])],
      }));
      return true;
    }
    if (ids.has(scriptId(origin))) await scripting.unregister([scriptId(origin)]);
    await store.updateSettings((s) => ({
      ...s,
      alwaysRun: s.alwaysRun.filter((o) => o !== origin),
    }));
    await permissions.removeOrigins([originPattern(origin)]).catch(() => false);
    return false;
  }

  async function isEnabled(origin: string): Promise<boolean> {
    const settings = await store.getSettings();
    return (
      settings.alwaysRun.includes(origin) && (await permissions.hasOrigins([originPattern(origin)]))
    );
  }

  /** Registrations follow the settings and the permissions the user still grants. */
  async function sync(): Promise<void> {
    const settings = await store.getSettings();
    const scripts = await scripting.registered();
    // Ours, registered by an older version with another file (it ran the stub before).
    const outdated = scripts
      .filter((s) => s.id.startsWith(ID_PREFIX) && (s.js?.length !== 1 || s.js[0] !== contentFile))
      .map((s) => s.id);
    if (outdated.length) await scripting.unregister(outdated);
    const ids = new Set(scripts.map((s) => s.id).filter((id) => !outdated.includes(id)));
    const keep: string[] = [];
    for (const origin of settings.alwaysRun) {
      if (await permissions.hasOrigins([originPattern(origin)])) {
        keep.push(origin);
        if (!ids.has(scriptId(origin)))
          await register(origin).catch((e) => log(`register ${origin}: ${String(e)}`));
      }
    }
    const stale = [...ids].filter(
      (id) => id.startsWith(ID_PREFIX) && !keep.some((o) => scriptId(o) === id),
    );
    if (stale.length) await scripting.unregister(stale);
    if (keep.length !== settings.alwaysRun.length)
      await store.updateSettings((s) => ({ ...s, alwaysRun: keep }));
  }

  return { set, isEnabled, sync };
}
