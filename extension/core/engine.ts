/**
 * The parser core as the extension uses it, in one list: the content script bundles
 * page-check.ts only, the background this whole module.
 */
export { scoreMatch } from '../../src/match/score.ts';
export { canonicalJobUrl, jobKey } from '../../src/sites/job-identity.ts';
export { adapterFor, CONTENT_SCRIPT_MATCHES } from '../../src/sites/registry.ts';
export { looksLikePostingCheap, siteForUrl } from './page-check.ts';
export { parsePageHtml } from './parse-page.ts';
