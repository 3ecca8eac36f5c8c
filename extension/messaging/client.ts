import { runtime } from '../platform/browser-api.ts';
import type { Direction, PayloadOf, ResponseOf, TypesFor } from './protocol.ts';
import { unwrapReply } from './reply.ts';
import { wrap } from './wire.ts';

export { MessageError } from './reply.ts';

/**
 * Send to the background (from a content script or one of our pages). Zod-free, so neither
 * the content script nor the popup bundles zod; the background validates what it receives.
 */
export async function toBackground<T extends TypesFor<'content->background' | 'page->background'>>(
  type: T,
  payload: PayloadOf<T>,
): Promise<ResponseOf<T>> {
  return unwrapReply(type, await runtime.sendMessage(wrap(type, payload)));
}

export type { Direction };
