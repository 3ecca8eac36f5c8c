/** Where a posting states its metadata: the top of the text. */
export const HEADER_CHARS = 1500;
/** Past this the text is body prose and far too costly to scan again and again. */
export const BODY_CHARS = 60_000;
