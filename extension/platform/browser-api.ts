/**
 * The ONE place that touches the WebExtension API. webextension-polyfill is frozen upstream, so
 * nothing else imports it: when it goes, only this file changes. Everything is a narrow,
 * promise-returning facade over exactly the calls JobLens makes.
 */

import type {
  Manifest,
  Permissions,
  Runtime,
  Scripting,
  Storage,
  Tabs,
} from 'webextension-polyfill';
import browser from 'webextension-polyfill';

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

export const runtime = {
  id: (): string => browser.runtime.id,
  /** Origin of our own pages, with the trailing slash ("chrome-extension://id/"). */
  origin: (): string => browser.runtime.getURL('/'),
  getURL: (path: string): string => browser.runtime.getURL(path),
  manifest: (): Manifest.WebExtensionManifest => browser.runtime.getManifest(),
  sendMessage: (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message),
  /** A listener returning a promise answers the message; returning undefined leaves it. */
  onMessage: (listener: MessageListener): (() => void) => {
    const wrapped = (message: unknown, sender: MessageSender) => listener(message, sender);
    browser.runtime.onMessage.addListener(wrapped as never);
    return () => browser.runtime.onMessage.removeListener(wrapped as never);
  },
  connect: (name: string): PortApi => portApi(browser.runtime.connect({ name })),
  onConnect: (fn: (port: PortApi) => void): void =>
    browser.runtime.onConnect.addListener((port) => fn(portApi(port))),
  onStartup: (fn: () => void): void => browser.runtime.onStartup.addListener(fn),
  onInstalled: (fn: () => void): void => browser.runtime.onInstalled.addListener(fn),
  openOptionsPage: (): Promise<void> => browser.runtime.openOptionsPage(),
};

export const tabs = {
  sendMessage: (tabId: number, message: unknown): Promise<unknown> =>
    browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  activeTab: async (): Promise<Tab | undefined> => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab;
  },
  get: (tabId: number): Promise<Tab> => browser.tabs.get(tabId),
  onRemoved: (fn: (tabId: number) => void): void => browser.tabs.onRemoved.addListener(fn),
};

export const storage = {
  local: (): StorageAreaApi => browser.storage.local,
  /** storage.session where the browser has it (Chrome 102+, Firefox 115+), else null. */
  session: (): StorageAreaApi | null =>
    (browser.storage as { session?: StorageAreaApi }).session ?? null,
  onChanged: (fn: (changes: Record<string, StorageChange>, area: string) => void): (() => void) => {
    browser.storage.onChanged.addListener(fn);
    return () => browser.storage.onChanged.removeListener(fn);
  },
};

export const action = {
  setBadge: async (tabId: number, text: string, color: string | null): Promise<void> => {
    await browser.action.setBadgeText({ tabId, text });
    if (color) await browser.action.setBadgeBackgroundColor({ tabId, color });
  },
};

export const scripting = {
  executeFile: async (tabId: number, file: string): Promise<void> => {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  },
  register: (scripts: RegisteredContentScript[]): Promise<void> =>
    browser.scripting.registerContentScripts(scripts),
  registered: (): Promise<RegisteredContentScript[]> =>
    browser.scripting.getRegisteredContentScripts(),
  unregister: (ids: string[]): Promise<void> => browser.scripting.unregisterContentScripts({ ids }),
};

export const permissions = {
  /** Must run inside a user gesture (a click handler in the popup). */
  requestOrigins: (origins: string[]): Promise<boolean> => browser.permissions.request({ origins }),
  removeOrigins: (origins: string[]): Promise<boolean> => browser.permissions.remove({ origins }),
  hasOrigins: (origins: string[]): Promise<boolean> => browser.permissions.contains({ origins }),
  all: (): Promise<Permissions.AnyPermissions> => browser.permissions.getAll(),
  onRemoved: (fn: (p: Permissions.Permissions) => void): void =>
    browser.permissions.onRemoved.addListener(fn),
};
