/**
 * The ONE place that touches the WebExtension API: a narrow, promise-returning facade over
 * exactly the calls JobLens makes. It calls the browser's own API (Firefox's `browser`,
 * Chrome's `chrome`; both return promises in MV3) instead of webextension-polyfill: the
 * polyfill cost every context ~10 KB and a Proxy set-up at load, the content script included,
 * and its only remaining job, promise replies from runtime.onMessage listeners, is done here.
 * Nothing is touched at import time: a content script that finds no posting never pays for
 * the extension bindings at all.
 */

import type {
  Browser,
  Manifest,
  Permissions,
  Runtime,
  Scripting,
  Storage,
  Tabs,
} from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

/** Firefox's promise API where present, else Chrome's (promise-returning in MV3). */
function api(): Browser {
  const found = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!found?.runtime) throw new Error('JobLens: no extension API in this context');
  return found;
}

export type MessageSender = Runtime.MessageSender;
export type StorageAreaApi = Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;
export type StorageChange = Storage.StorageChange;
export type Tab = Tabs.Tab;
export type RegisteredContentScript = Scripting.RegisteredContentScript;

/** A long-lived channel between one of our pages and the background. */
export interface PortApi {
  name: string;
  sender?: MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage(fn: (message: unknown) => void): void;
  onDisconnect(fn: () => void): void;
}

function portApi(port: Runtime.Port): PortApi {
  return {
    name: port.name,
    sender: port.sender,
    postMessage: (m) => port.postMessage(m),
    disconnect: () => port.disconnect(),
    onMessage: (fn) => port.onMessage.addListener((m: unknown) => fn(m)),
    onDisconnect: (fn) => port.onDisconnect.addListener(() => fn()),
  };
}

type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;
type NativeListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (reply: unknown) => void,
) => boolean;

/**
 * A listener's promise answers through sendResponse, with `true` to keep the channel open:
 * the one form both browsers accept (Chrome before 146 ignores a returned promise).
 */
function answering(listener: MessageListener): NativeListener {
  return (message, sender, sendResponse) => {
    const reply = listener(message, sender);
    if (reply === undefined) return false;
    reply.then(sendResponse, (err: unknown) =>
      sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
    return true;
  };
}

/**
 * runtime.getURL and runtime.sendMessage on their own: the manifest's content script (a stub
 * every matched page compiles) bundles these two, not the whole runtime facade.
 */
export const extensionUrl = (path: string): string => api().runtime.getURL(path);
export const sendRuntimeMessage = (message: unknown): Promise<unknown> =>
  api().runtime.sendMessage(message);

export const runtime = {
  id: (): string => api().runtime.id,
  /** Origin of our own pages, with the trailing slash ("chrome-extension://id/"). */
  origin: (): string => api().runtime.getURL('/'),
  getURL: (path: string): string => api().runtime.getURL(path),
  manifest: (): Manifest.WebExtensionManifest => api().runtime.getManifest(),
  sendMessage: (message: unknown): Promise<unknown> => api().runtime.sendMessage(message),
  /** A listener returning a promise answers the message; returning undefined leaves it. */
  onMessage: (listener: MessageListener): (() => void) => {
    const wrapped = answering(listener);
    api().runtime.onMessage.addListener(wrapped as never);
    return () => api().runtime.onMessage.removeListener(wrapped as never);
  },
  connect: (name: string): PortApi => portApi(api().runtime.connect({ name })),
  onConnect: (fn: (port: PortApi) => void): void =>
    api().runtime.onConnect.addListener((port) => fn(portApi(port))),
  onStartup: (fn: () => void): void => api().runtime.onStartup.addListener(fn),
  onInstalled: (fn: (reason: string) => void): void =>
    api().runtime.onInstalled.addListener((details) => fn(details.reason)),
  openOptionsPage: (): Promise<void> => api().runtime.openOptionsPage(),
};

export const tabs = {
  sendMessage: (tabId: number, message: unknown, frameId = 0): Promise<unknown> =>
    api().tabs.sendMessage(tabId, message, { frameId }),
  activeTab: async (): Promise<Tab | undefined> => {
    const [tab] = await api().tabs.query({ active: true, currentWindow: true });
    return tab;
  },
  get: (tabId: number): Promise<Tab> => api().tabs.get(tabId),
  /** A new tab at one of our own pages ("options.html#welcome"). */
  openOwnPage: async (path: string): Promise<void> => {
    await api().tabs.create({ url: api().runtime.getURL(path) });
  },
  onRemoved: (fn: (tabId: number) => void): void => api().tabs.onRemoved.addListener(fn),
  /** Tabs done loading at URLs matching `urls` (match patterns we have host access to). */
  loadedAt: async (urls: string[]): Promise<{ tabId: number; url: string }[]> => {
    const found = await api().tabs.query({ url: urls, status: 'complete' });
    return found.flatMap((t) => (t.id !== undefined && t.url ? [{ tabId: t.id, url: t.url }] : []));
  },
  /**
   * A tab finished loading, or routed in-page (both browsers then report 'complete'), at a URL
   * we have host access to (`url` is absent elsewhere: that load calls `fn` with null).
   * Firefox filters by `urls` before waking the background; Chrome has no filter for this event
   * and refuses one.
   */
  onLoaded: (fn: (tabId: number, url: string | null) => void, urls: string[]): void => {
    const listener = (tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tab) => {
      if (change.status === 'complete') fn(tabId, tab.url ?? null);
    };
    try {
      api().tabs.onUpdated.addListener(listener, { urls, properties: ['status'] });
    } catch {
      api().tabs.onUpdated.addListener(listener);
    }
  },
};

export const storage = {
  local: (): StorageAreaApi => api().storage.local,
  /** storage.sync (the profile follows the user), or null where the browser has none. */
  sync: (): StorageAreaApi | null => (api().storage as { sync?: StorageAreaApi }).sync ?? null,
  /** storage.session where the browser has it (Chrome 102+, Firefox 115+), else null. */
  session: (): StorageAreaApi | null =>
    (api().storage as { session?: StorageAreaApi }).session ?? null,
  onChanged: (fn: (changes: Record<string, StorageChange>, area: string) => void): (() => void) => {
    api().storage.onChanged.addListener(fn);
    return () => api().storage.onChanged.removeListener(fn);
  },
};

export const action = {
  setBadge: async (tabId: number, text: string, color: string | null): Promise<void> => {
    await api().action.setBadgeText({ tabId, text });
    if (color) await api().action.setBadgeBackgroundColor({ tabId, color });
  },
};

export const scripting = {
  /** Into the tab's top frame, in order, in our isolated world. */
  executeFiles: async (tabId: number, files: string[]): Promise<void> => {
    await api().scripting.executeScript({ target: { tabId, frameIds: [0] }, files });
  },
  /** `func(...args)` in the tab's top frame, in our isolated world; its result. */
  evaluate: async <A extends unknown[], R>(
    tabId: number,
    func: (...args: A) => R,
    args: A,
  ): Promise<R | undefined> => {
    const [first] = await api().scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: func as (...a: unknown[]) => unknown,
      args,
    });
    return first?.result as R | undefined;
  },
  /**
   * `func(...args)` in the tab's top frame, in the page's own world (no isolated world is
   * made for it); its result, which the page's scripts may have shaped: check it.
   */
  inPage: async <A extends unknown[]>(
    tabId: number,
    func: (...args: A) => unknown,
    args: A,
  ): Promise<unknown> => {
    const [first] = await api().scripting.executeScript({
      target: { tabId, frameIds: [0] },
      world: 'MAIN',
      func: func as (...a: unknown[]) => unknown,
      args,
    } as Parameters<ReturnType<typeof api>['scripting']['executeScript']>[0]);
    return first?.result;
  },
  register: (scripts: RegisteredContentScript[]): Promise<void> =>
    api().scripting.registerContentScripts(scripts),
  registered: (): Promise<RegisteredContentScript[]> =>
    api().scripting.getRegisteredContentScripts(),
  unregister: (ids: string[]): Promise<void> => api().scripting.unregisterContentScripts({ ids }),
};

export const permissions = {
  /** Must run inside a user gesture (a click handler in the popup). */
  requestOrigins: (origins: string[]): Promise<boolean> => api().permissions.request({ origins }),
  removeOrigins: (origins: string[]): Promise<boolean> => api().permissions.remove({ origins }),
  hasOrigins: (origins: string[]): Promise<boolean> => api().permissions.contains({ origins }),
  all: (): Promise<Permissions.AnyPermissions> => api().permissions.getAll(),
  onRemoved: (fn: (p: Permissions.Permissions) => void): void =>
    api().permissions.onRemoved.addListener(fn),
};
