import { matchesAny } from './match-pattern.ts';

/**
 * Career sites whose postings live in a frame of someone else's page: iCIMS serves the job at
 * `…icims.com/jobs/<id>/…/job?in_iframe=1`, framed by the company's own careers site (where
 * JobLens has no access) or by an iCIMS shell page. The content script runs in these sites'
 * frames too (all_frames), and the background takes reports from their frames. Everywhere else
 * only top frames count. See docs/threat-model.md, "iCIMS frames".
 */
export const FRAME_CONTENT_MATCHES: readonly string[] = ['*://*.icims.com/*'];

/** A frame at this URL may run the content script and report a posting. */
export function isFrameSite(url: string): boolean {
  return matchesAny(FRAME_CONTENT_MATCHES, url);
}
