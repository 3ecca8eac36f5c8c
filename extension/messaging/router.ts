import { type MessageSender, runtime } from '../platform/browser-api.ts';
import { checkIncoming, type From, type Receiver } from './check-incoming.ts';
import { MESSAGES, type MessageType, type PayloadOf, type ResponseOf } from './protocol.ts';

export type Handler<T extends MessageType> = (
  payload: PayloadOf<T>,
  from: From,
) => Promise<ResponseOf<T>> | ResponseOf<T>;

export type Handlers<T extends MessageType> = { [K in T]: Handler<K> };

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Listen for the messages addressed to `receiver`. Every message is checked (sender, direction,
 * payload schema) before a handler sees it; refusals are logged with their reason and answered
 * with an error, never handled.
 */
export function listen<T extends MessageType>(
  receiver: Receiver,
  handlers: Handlers<T>,
): () => void {
  const ctx = { receiver, extensionId: runtime.id(), extensionOrigin: runtime.origin() };
  return runtime.onMessage((raw: unknown, sender: MessageSender) => {
    const incoming = checkIncoming(raw, sender, ctx);
    if (!incoming.ok) {
      if (incoming.ignore) return undefined;
      console.warn(`[JobLens] refused message: ${incoming.reason}`);
      return Promise.resolve({ ok: false, error: incoming.reason });
    }
    const handler = (handlers as Record<string, Handler<MessageType> | undefined>)[incoming.type];
    if (!handler) return undefined;
    return (async () => {
      try {
        const data = await handler(incoming.payload as never, incoming.from);
        return { ok: true, data: MESSAGES[incoming.type].response.parse(data) };
      } catch (err) {
        console.warn(`[JobLens] ${incoming.type} failed: ${errorText(err)}`);
        return { ok: false, error: errorText(err) };
      }
    })();
  });
}
