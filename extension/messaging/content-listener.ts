import { type MessageSender, runtime } from '../platform/browser-api.ts';
import type { PayloadOf, ResponseOf, TypesFor } from './protocol.ts';
import { isContentView } from './reply-guards.ts';
import { isEnvelope, isRecord, type Reply } from './wire.ts';

type ContentType = TypesFor<'background->content'>;
export type ContentHandlers = {
  [K in ContentType]: (payload: PayloadOf<K>) => ResponseOf<K>;
};

/** Hand-written payload checks for what the background sends a content script. */
const PAYLOAD_OK: { [K in ContentType]: (x: unknown) => boolean } = {
  'content/panel-view': isContentView,
  'content/ping': isRecord,
};

const isContentType = (t: string): t is ContentType => Object.hasOwn(PAYLOAD_OK, t);

/** Why a message for the content script is refused, or null when it is acceptable. */
export function refusal(
  type: ContentType,
  payload: unknown,
  sender: Pick<MessageSender, 'id' | 'url' | 'tab'>,
  ctx: { extensionId: string; extensionOrigin: string },
): string | null {
  if (sender.id !== ctx.extensionId) return `${type} from another extension or a web page`;
  if (sender.tab !== undefined) return `${type}: background message sent from a tab`;
  const url = sender.url ?? '';
  if (url !== '' && !url.startsWith(ctx.extensionOrigin))
    return `${type}: background message from a foreign origin`;
  if (!PAYLOAD_OK[type](payload)) return `${type}: invalid payload`;
  return null;
}

/**
 * The content script's receiving side, without zod (it is in every matched page): the same
 * sender rules as check-incoming.ts, hand-written payload checks. Messages addressed to
 * anyone else are left alone; answers are checked by the background that asked.
 */
export function listenAsContent(handlers: ContentHandlers): () => void {
  const ctx = { extensionId: runtime.id(), extensionOrigin: runtime.origin() };
  return runtime.onMessage((raw, sender) => {
    if (!isEnvelope(raw) || !isContentType(raw.type)) return undefined;
    const why = refusal(raw.type, raw.payload, sender, ctx);
    let reply: Reply;
    if (why) {
      console.warn(`[JobLens] refused message: ${why}`);
      reply = { ok: false, error: why };
    } else {
      try {
        const handler = handlers[raw.type] as (p: unknown) => unknown;
        reply = { ok: true, data: handler(raw.payload) };
      } catch (err) {
        reply = { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    }
    return Promise.resolve(reply);
  });
}
