import { isFrameSite } from '../shared/frame-sites.ts';
import { type PageName, pageOf } from './pages.ts';
import { Envelope, MESSAGES, type MessageType } from './protocol.ts';

export { pageOf };

/** The parts of runtime.MessageSender the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type Receiver = 'background' | 'content' | 'page';

export interface ReceiverContext {
  receiver: Receiver;
  extensionId: string;
  /** "chrome-extension://<id>/" or "moz-extension://<uuid>/" */
  extensionOrigin: string;
}

export type From =
  /** frameId 0: the tab's top frame; others only on frame-enabled sites (iCIMS). */
  | { kind: 'content'; tabId: number; url: string; frameId?: number }
  | { kind: 'page'; page: PageName; tabId: number | null }
  | { kind: 'background' };

export type Incoming =
  | { ok: true; type: MessageType; payload: unknown; from: From }
  /** Not addressed to this receiver: leave it for the one it is for, silently. */
  | { ok: false; ignore: true; reason: string }
  /** Addressed to this receiver but not acceptable: log the reason, refuse. */
  | { ok: false; ignore: false; reason: string };

const RECEIVES: Record<Receiver, string> = {
  background: '->background',
  content: 'background->content',
  page: 'background->page',
};

function isMessageType(t: string): t is MessageType {
  return Object.hasOwn(MESSAGES, t);
}

function refuse(reason: string): Incoming {
  return { ok: false, ignore: false, reason };
}

function senderFor(
  direction: string,
  sender: SenderInfo,
  ctx: ReceiverContext,
  allowedPages: readonly PageName[] | undefined,
): From | string {
  const url = sender.url ?? '';
  const fromOurOrigin = url.startsWith(ctx.extensionOrigin);
  switch (direction) {
    case 'content->background': {
      const tabId = sender.tab?.id;
      if (typeof tabId !== 'number' || tabId < 0) return 'content message not from a tab';
      if (fromOurOrigin || url === '') return 'content message not from a web page';
      const frameId = sender.frameId ?? 0;
      if (frameId !== 0 && !isFrameSite(url)) return 'content message from a sub-frame';
      return { kind: 'content', tabId, url, frameId };
    }
    case 'page->background': {
      const page = pageOf(url, ctx.extensionOrigin);
      if (!page) return `page message from ${url ? 'a foreign origin' : 'an unknown sender'}`;
      if (!allowedPages?.includes(page)) return `${page} may not send this message`;
      const tabId = typeof sender.tab?.id === 'number' ? sender.tab.id : null;
      return { kind: 'page', page, tabId };
    }
    case 'background->content':
    case 'background->page': {
      if (sender.tab !== undefined) return 'background message sent from a tab';
      if (url !== '' && !fromOurOrigin) return 'background message from a foreign origin';
      return { kind: 'background' };
    }
    default:
      return `unknown direction ${direction}`;
  }
}

/**
 * Decide what to do with a raw runtime message: is it ours, addressed to this receiver, from
 * the sender its direction demands, with a payload matching its schema? Pure, so every rule
 * is unit-tested without a browser.
 */
export function checkIncoming(raw: unknown, sender: SenderInfo, ctx: ReceiverContext): Incoming {
  const env = Envelope.safeParse(raw);
  if (!env.success) return { ok: false, ignore: true, reason: 'not a JobLens message' };
  const { type } = env.data;
  if (!isMessageType(type))
    return refuse(`unknown message type ${JSON.stringify(type.slice(0, 60))}`);
  const spec = MESSAGES[type];
  if (!spec.direction.endsWith(RECEIVES[ctx.receiver])) {
    return { ok: false, ignore: true, reason: `${type} is not for the ${ctx.receiver}` };
  }
  if (sender.id !== ctx.extensionId) return refuse(`${type} from another extension or a web page`);
  const pages = 'pages' in spec ? spec.pages : undefined;
  const from = senderFor(spec.direction, sender, ctx, pages);
  if (typeof from === 'string') return refuse(`${type}: ${from}`);
  const payload = spec.payload.safeParse(env.data.payload);
  if (!payload.success)
    return refuse(`${type}: invalid payload (${payload.error.issues[0]?.message ?? 'schema'})`);
  // The panel runs inside a web page's tab: it may only see and act on that tab.
  if (from.kind === 'page' && from.page === 'panel') {
    const wanted = (payload.data as { tabId?: unknown }).tabId;
    if (from.tabId === null) return refuse(`${type}: panel outside a tab`);
    if (wanted !== undefined && wanted !== from.tabId)
      return refuse(`${type}: panel asked for another tab`);
  }
  return { ok: true, type, payload: payload.data, from };
}
