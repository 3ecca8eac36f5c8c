/**
 * The most of a page's HTML the content script sends for parsing ('page/look'), in UTF-16
 * code units. A larger page sends its first part: the posting of a huge page is near its top,
 * and the parser reads no further than MAX_DESCRIPTION_CHARS of its text anyway. Chrome's
 * message limit is 64 MiB of JSON; linkedom parses this much in the background in about a
 * second. Zod-free: the content script bundles this file.
 */
export const PAGE_HTML_LIMIT = 8_000_000;
