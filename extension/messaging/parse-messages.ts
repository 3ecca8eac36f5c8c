import { Posting } from '../../src/schema/posting.ts';
import type { MessageDef } from './protocol.ts';
import { PageSnapshot } from './snapshot.ts';

/**
 * The page may be a posting: the content script sends what it read from the DOM and the
 * background builds the posting (salary, skills, detection), so the page's main thread pays
 * only for reading its own DOM. Answers with the posting; nothing is stored until the content
 * script reports it ('posting/report').
 */
export const PARSE_MESSAGES = {
  'page/parse': {
    direction: 'content->background',
    payload: PageSnapshot,
    response: Posting,
  },
} as const satisfies Record<string, MessageDef>;
