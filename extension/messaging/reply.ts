import type { MessageType, ResponseOf } from './protocol.ts';
import { REPLY_GUARDS } from './reply-guards.ts';
import { isReply } from './wire.ts';

/** The background answered with an error (a refused or failed message). */
export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * The data of a reply from our background. No zod here: the background parsed it against the
 * response schema before answering (router.ts); a cheap guard catches a mismatched answer.
 */
export function unwrapReply<T extends MessageType>(type: T, raw: unknown): ResponseOf<T> {
  if (!isReply(raw)) throw new MessageError(`${type}: no answer`);
  if (!raw.ok) throw new MessageError(raw.error);
  const guard = REPLY_GUARDS[type];
  if (guard && !guard(raw.data)) throw new MessageError(`${type}: unexpected answer`);
  return raw.data as ResponseOf<T>;
}
