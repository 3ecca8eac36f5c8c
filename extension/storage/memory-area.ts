/** The slice of a storage area JobLens uses; storage.local/session and test fakes fit it. */
export interface KeyValueArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Every key, without reading the values (storage.local in Chrome 130+, Firefox 143+). */
  getKeys?(): Promise<string[]>;
}

/**
 * An in-memory area: the fallback for storage.session where a browser lacks it, and the
 * fake in unit tests. Values are cloned on the way in and out, as real storage does.
 */
export function createMemoryArea(initial: Record<string, unknown> = {}): KeyValueArea {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const pick = (keys?: string | string[] | null): Record<string, unknown> => {
    const wanted = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (data.has(k)) out[k] = structuredClone(data.get(k));
    return out;
  };
  return {
    get: async (keys) => pick(keys),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
    getKeys: async () => [...data.keys()],
  };
}
