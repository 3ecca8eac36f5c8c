import { type PortApi, runtime } from '../platform/browser-api.ts';
import { pageOf } from './pages.ts';
import type { PayloadOf } from './protocol.ts';
import { isRecord } from './wire.ts';

export type PageChange = PayloadOf<'page/changed'>;
const PORT_NAME = 'joblens/changes';
const RECONNECT_MS = 500;
const WHAT = new Set<unknown>(['tab', 'roles', 'profile', 'notices']);

/** A notice from our background (the port is ours): a hand-written check, no zod in pages. */
export function isPageChange(x: unknown): x is PageChange {
  if (!isRecord(x) || !WHAT.has(x.what)) return false;
  return x.tabId === null || (Number.isInteger(x.tabId) && (x.tabId as number) >= 0);
}

/**
 * Background -> pages "something changed" notices travel over ports, not broadcast messages:
 * Firefox does not deliver runtime.sendMessage to extension frames inside web pages (the
 * panel), but ports work everywhere. Pages re-fetch what they show when told.
 */
export function createChangeFeed(log: (m: string) => void) {
  const ports = new Set<PortApi>();
  runtime.onConnect((port) => {
    if (port.name !== PORT_NAME) return;
    const url = port.sender?.url ?? '';
    if (port.sender?.id !== runtime.id() || pageOf(url, runtime.origin()) === null) {
      log(`refused change-feed port from ${url || 'unknown sender'}`);
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect(() => ports.delete(port));
  });
  return {
    publish(change: PageChange): void {
      for (const port of ports) {
        try {
          port.postMessage(change);
        } catch {
          ports.delete(port);
        }
      }
    },
  };
}

/**
 * Subscribe a page to the feed. After a disconnect (the service worker was stopped) it
 * reconnects and reports a catch-all change, since notices may have been missed meanwhile.
 */
export function subscribeChanges(onChange: (change: PageChange) => void): () => void {
  let stopped = false;
  let port: PortApi | null = null;
  const open = (afterGap: boolean) => {
    if (stopped) return;
    port = runtime.connect(PORT_NAME);
    port.onMessage((raw) => {
      if (isPageChange(raw)) onChange({ tabId: raw.tabId, what: raw.what });
      else console.warn('[JobLens] ignored malformed change notice');
    });
    port.onDisconnect(() => {
      port = null;
      setTimeout(() => open(true), RECONNECT_MS);
    });
    if (afterGap) onChange({ tabId: null, what: 'tab' });
  };
  open(false);
  return () => {
    stopped = true;
    port?.disconnect();
  };
}
