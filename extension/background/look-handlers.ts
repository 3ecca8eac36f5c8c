import { parsePageHtml } from '../core/engine.ts';
import { PAGE_HTML_LIMIT } from '../messaging/page-html-limit.ts';
import type { LookAnswer } from '../messaging/parse-messages.ts';
import type { Handlers } from '../messaging/router.ts';
import { decide, type LookResult } from '../shared/decide.ts';
import { contentFingerprint } from '../shared/fingerprint.ts';
import { sameWebOrigin } from '../shared/match-pattern.ts';
import type { BackgroundDeps } from './handlers.ts';
import { recordReport } from './record-report.ts';

/**
 * 'page/look': the content script sends the page's HTML and its report state. The background
 * reads it (the site adapters, DOM readers, skills catalog, salary and detection rules live
 * here, not in every page), decides as the content script's policy says (decide.ts), and
 * records the report when there is one to make: one round trip, and the posting never goes
 * back to the page.
 */
export function createLookHandlers(deps: BackgroundDeps): Handlers<'page/look'> {
  return {
    'page/look': async ({ url, html, cut, epoch }, from): Promise<LookAnswer> => {
      if (from.kind !== 'content') throw new Error('only content scripts send pages');
      if (!sameWebOrigin(url, from.url)) {
        throw new Error('a page of a URL outside the sending page');
      }
      const { key, posting } = parsePageHtml(url, html, cut ? PAGE_HTML_LIMIT : null);
      const look: LookResult = {
        key,
        fingerprint: key === null ? null : contentFingerprint(posting),
      };
      const { report, again } = decide(look, epoch);
      const view = report
        ? await recordReport(deps, from, url, key === null ? null : posting)
        : null;
      return { look, report, again, view };
    },
  };
}
