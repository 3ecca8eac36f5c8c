import { runtime, tabs } from '../platform/browser-api.ts';
import {
  type Direction,
  envelope,
  MESSAGES,
  type MessageType,
  type PayloadOf,
  Reply,
  type ResponseOf,
  type TypesFor,
} from './protocol.ts';

/** The background answered with an error (a refused or failed message). */
export class MessageError extends Error {
  override name = 'MessageError';
}

function unwrap<T extends MessageType>(type: T, raw: unknown): ResponseOf<T> {
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new MessageError(`${type}: no answer`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  return MESSAGES[type].response.parse(reply.data.data) as ResponseOf<T>;
}

/** Send to the background (from a content script or one of our pages). */
export async function toBackground<T extends TypesFor<'content->background' | 'page->background'>>(
  type: T,
  payload: PayloadOf<T>,
): Promise<ResponseOf<T>> {
  return unwrap(type, await runtime.sendMessage(envelope(type, payload)));
}

/** Send to the content script in one tab's top frame. */
export async function toContent<T extends TypesFor<'background->content'>>(
  tabId: number,
  type: T,
  payload: PayloadOf<T>,
): Promise<ResponseOf<T>> {
  return unwrap(type, await tabs.sendMessage(tabId, envelope(type, payload)));
}

export type { Direction };
