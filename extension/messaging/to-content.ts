import { tabs } from '../platform/browser-api.ts';
import {
  envelope,
  MESSAGES,
  type PayloadOf,
  Reply,
  type ResponseOf,
  type TypesFor,
} from './protocol.ts';
import { MessageError } from './reply.ts';

/**
 * Send to the content script in one frame of a tab (from the background): the top frame
 * unless the tab's posting came from a frame (iCIMS). Its answer comes from a web page's
 * renderer, so it is parsed against the response schema.
 */
export async function toContent<T extends TypesFor<'background->content'>>(
  tabId: number,
  type: T,
  payload: PayloadOf<T>,
  frameId = 0,
): Promise<ResponseOf<T>> {
  const reply = Reply.safeParse(await tabs.sendMessage(tabId, envelope(type, payload), frameId));
  if (!reply.success) throw new MessageError(`${type}: no answer`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  return MESSAGES[type].response.parse(reply.data.data) as ResponseOf<T>;
}
