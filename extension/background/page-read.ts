import { z } from 'zod';
import { PAGE_HTML_LIMIT } from '../messaging/page-html-limit.ts';

const Url = z.string().max(8192);

/**
 * What the page's world answers to 'read' (page-world/in-page.ts). That world is the page's:
 * its scripts can change what our function returns, so the answer is checked like any
 * message, and the URL against the tab's own (page-looks.ts).
 */
export const PageRead = z.object({
  state: z.enum(['new', 'ours', 'held']),
  token: z.string().min(1).max(100),
  href: Url,
  shownAt: Url.nullable(),
  key: Url.nullable(),
  page: z.object({ html: z.string().max(PAGE_HTML_LIMIT), cut: z.boolean() }).nullable(),
});
export type PageRead = z.infer<typeof PageRead>;

/** The answer to 'ping': what the page shows of ours, or null. */
export const PagePing = z.object({ url: Url, key: Url.nullable() }).nullable();
