import { z } from 'zod';
import { Posting } from '../../src/schema/posting.ts';
import { PAGE_HTML_LIMIT } from './page-html-limit.ts';
import type { MessageDef } from './protocol.ts';

/** The page as the content script serialized it (content/page-html.ts). */
export const PageHtml = z.object({
  url: z.string().max(8192),
  html: z.string().max(PAGE_HTML_LIMIT),
  /** The page was longer: `html` is its first PAGE_HTML_LIMIT characters. */
  cut: z.boolean(),
});
export type PageHtml = z.infer<typeof PageHtml>;

/** The posting, and its job's key (null: not a posting), which the content script reports. */
const ParsedPage = z.object({ key: z.string().nullable(), posting: Posting });

/**
 * The page may be a posting: the content script sends the page's HTML and the background
 * reads and parses it (site adapters, salary, skills, detection), so the page's main thread
 * pays for one serialization and one message. Answers with the posting; nothing is stored
 * until the content script reports it ('posting/report').
 */
export const PARSE_MESSAGES = {
  'page/parse': {
    direction: 'content->background',
    payload: PageHtml,
    response: ParsedPage,
  },
} as const satisfies Record<string, MessageDef>;
