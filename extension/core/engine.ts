/**
 * The parser core as the extension uses it, in one list: the content script bundles
 * page-check.ts, its engine parse.ts, the background this whole module.
 */
export { scoreMatch } from '../../src/match/score.ts';
export { canonicalJobUrl, jobKey } from '../../src/sites/job-identity.ts';
export { adapterFor, CONTENT_SCRIPT_MATCHES } from '../../src/sites/registry.ts';
export { postingFromSnapshot } from './build.ts';
export { looksLikePostingCheap, siteForUrl } from './page-check.ts';
