import { parsePageHtml } from '../core/engine.ts';
import type { From } from '../messaging/check-incoming.ts';
import { PAGE_HTML_LIMIT } from '../messaging/page-html-limit.ts';
import type { Epoch, LookAnswer } from '../messaging/parse-messages.ts';
import type { Handlers } from '../messaging/router.ts';
import { decide, type LookResult } from '../shared/decide.ts';
import { contentFingerprint } from '../shared/fingerprint.ts';
import { sameWebOrigin } from '../shared/match-pattern.ts';
import type { BackgroundDeps } from './handlers.ts';
import { recordReport } from './record-report.ts';

type ContentFrom = Extract<From, { kind: 'content' }>;

/**
 * One look at a page's HTML, wherever it came from (the content script's 'page/look', or the
 * background's own read of the page, page-looks.ts): parsed here (the site adapters, DOM
 * readers, skills catalog, salary and detection rules live in the background, not in every
 * page), decided by the content script's policy (decide.ts), recorded when there is a report
 * to make.
 */
export async function lookAt(
  deps: BackgroundDeps,
  from: ContentFrom,
  page: { url: string; html: string; cut: boolean },
  epoch: Epoch,
): Promise<LookAnswer> {
  const { key, posting, pending } = parsePageHtml(
    page.url,
    page.html,
    page.cut ? PAGE_HTML_LIMIT : null,
  );
  const look: LookResult = {
    key,
    fingerprint: key === null ? null : contentFingerprint(posting),
  };
  const decided = decide(look, epoch);
  const { report } = decided;
  // A shell whose job has not rendered is watched on, whatever it already showed (its JSON-LD
  // for search engines), until it renders or the schedule ends.
  const again = decided.again || (pending && !epoch.isLastAttempt);
  const view = report
    ? await recordReport(deps, from, page.url, key === null ? null : posting)
    : null;
  return { look, report, again, view, pending };
}

/**
 * 'page/look': the content script sends the page's HTML and its report state, and gets the
 * look, the decision and the panel's view back: one round trip; the posting never goes back
 * to the page.
 */
export function createLookHandlers(deps: BackgroundDeps): Handlers<'page/look'> {
  return {
    'page/look': async ({ url, html, cut, epoch }, from): Promise<LookAnswer> => {
      if (from.kind !== 'content') throw new Error('only content scripts send pages');
      if (!sameWebOrigin(url, from.url)) {
        throw new Error('a page of a URL outside the sending page');
      }
      return lookAt(deps, from, { url, html, cut }, epoch);
    },
  };
}
