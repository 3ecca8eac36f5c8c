/**
 * The src/ entry points of the content script's boot (boot.ts, gate.ts; in content/engine.js
 * past the stub): cheap tests that decide whether the page is worth sending to the
 * background's parser (page-html.ts).
 */
export { looksLikePostingCheap } from '../../src/detect/quick-check.ts';
export { onSupportedHost, siteForUrl } from '../../src/sites/site-urls.ts';
