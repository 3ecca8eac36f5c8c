import { CONTENT_SCRIPT_MATCHES, siteForUrl } from '../core/engine.ts';
import { isFrameSite } from '../shared/frame-sites.ts';
import { matchesAny } from '../shared/match-pattern.ts';

/** A career site's job URL: its content patterns and one of its adapter's job URLs. Never throws. */
export function isJobUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return matchesAny(CONTENT_SCRIPT_MATCHES, parsed) && siteForUrl(parsed) !== null;
}

/**
 * Where the background reads the page itself (page-looks.ts): a job URL in a top frame. Not a
 * frame site's (iCIMS): its job is a frame of another page, which the manifest's content
 * script reaches in every frame.
 */
export function backgroundLooksAt(url: string): boolean {
  return isJobUrl(url) && !isFrameSite(url);
}
