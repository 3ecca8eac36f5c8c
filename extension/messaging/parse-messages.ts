import { z } from 'zod';
import { PAGE_HTML_LIMIT } from './page-html-limit.ts';
import type { MessageDef } from './protocol.ts';
import { ContentView } from './views.ts';

const Url = z.string().max(8192);

/** One look's outcome (shared/decide.ts): the job's key (null: no posting) and its content. */
const LookResult = z.object({
  key: Url.nullable(),
  fingerprint: z.string().max(200_000).nullable(),
});

/**
 * The content script's state for decide() (shared/decide.ts): what it reported and what it
 * had reported before the URL changed (absent: nothing yet).
 */
const Epoch = z.object({
  reported: LookResult.optional(),
  previous: LookResult.optional(),
  isLastAttempt: z.boolean(),
  force: z.boolean(),
  /** Nothing recorded for this document yet: a "no posting" then needs no recording. */
  silent: z.boolean(),
});
export type Epoch = z.infer<typeof Epoch>;

/** The page as the content script serialized it (content/page-html.ts), and its state. */
export const PageLook = z.object({
  url: Url,
  html: z.string().max(PAGE_HTML_LIMIT),
  /** The page was longer: `html` is its first PAGE_HTML_LIMIT characters. */
  cut: z.boolean(),
  epoch: Epoch,
});

/**
 * What the background made of it: the look, decide()'s answer, and when it recorded the
 * report, the panel's view (null: nothing recorded).
 */
const LookAnswer = z.object({
  look: LookResult,
  report: z.boolean(),
  again: z.boolean(),
  /** The page is a shell whose job has not rendered yet (PageFields.pending): look on. */
  pending: z.boolean(),
  view: ContentView.nullable(),
});
export type LookAnswer = z.infer<typeof LookAnswer>;

/**
 * The page may be a posting: the content script sends the page's HTML with its report state,
 * and the background parses it (site adapters, salary, skills, detection), decides as the
 * content script would (decide.ts) and records the report, all in one round trip. The page's
 * main thread pays for one serialization and one message; the posting never comes back to it.
 */
export const PARSE_MESSAGES = {
  'page/look': {
    direction: 'content->background',
    payload: PageLook,
    response: LookAnswer,
  },
} as const satisfies Record<string, MessageDef>;
