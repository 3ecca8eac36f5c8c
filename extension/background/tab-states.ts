import { z } from 'zod';
import { Match } from '../../src/schema/match.ts';
import { Posting } from '../../src/schema/posting.ts';
import { tabStateKey } from '../storage/keys.ts';
import type { KeyValueArea } from '../storage/memory-area.ts';

/** What the background knows about one tab: the last posting its content script reported. */
export const TabState = z.object({
  tabId: z.number().int().nonnegative(),
  url: z.string(),
  key: z.string().nullable(),
  posting: Posting.nullable(),
  match: Match.nullable(),
  updatedAt: z.number(),
  /** The frame that reported it: 0 (absent) the top one, else a frame-enabled site's (iCIMS). */
  frameId: z.number().int().nonnegative().optional(),
});
export type TabState = z.infer<typeof TabState>;

/**
 * Per-tab state in storage.session, so a service worker that was stopped and restarted still
 * knows every tab. It is derived data (the content script reports it again), so an entry
 * that fails validation is logged and dropped rather than quarantined.
 */
export function createTabStates(area: KeyValueArea, log: (m: string) => void = () => undefined) {
  return {
    async get(tabId: number): Promise<TabState | null> {
      const key = tabStateKey(tabId);
      const raw = (await area.get(key))[key];
      if (raw === undefined) return null;
      const parsed = TabState.safeParse(raw);
      if (parsed.success) return parsed.data;
      log(`dropped unreadable state of tab ${tabId}`);
      await area.remove(key);
      return null;
    },
    set: (state: TabState): Promise<void> => area.set({ [tabStateKey(state.tabId)]: state }),
    remove: (tabId: number): Promise<void> => area.remove(tabStateKey(tabId)),
    async all(): Promise<TabState[]> {
      const everything = await area.get(null);
      return Object.entries(everything)
        .filter(([k]) => k.startsWith('tab:'))
        .flatMap(([, v]) => {
          const parsed = TabState.safeParse(v);
          return parsed.success ? [parsed.data] : [];
        });
    },
  };
}
export type TabStates = ReturnType<typeof createTabStates>;
