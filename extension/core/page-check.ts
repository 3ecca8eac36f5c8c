/**
 * The src/ entry points the always-loaded content script bundles: cheap tests that decide
 * whether the parsing engine (core/parse.ts) is worth loading. Keep this list short: every
 * matched page evaluates what it pulls in.
 */
export { looksLikePostingCheap } from '../../src/detect/quick-check.ts';
export { onSupportedHost, siteForUrl } from '../../src/sites/site-urls.ts';
