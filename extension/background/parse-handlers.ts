import { parsePageHtml } from '../core/engine.ts';
import { PAGE_HTML_LIMIT } from '../messaging/page-html-limit.ts';
import type { Handlers } from '../messaging/router.ts';
import { sameWebOrigin } from '../shared/match-pattern.ts';

/**
 * 'page/parse': the content script sends the page's HTML and the background reads it: the
 * site adapters, DOM readers, skills catalog, salary and detection rules live here, not in
 * every page. Pure: nothing is stored or shown until the content script reports the posting.
 */
export function createParseHandlers(): Handlers<'page/parse'> {
  return {
    'page/parse': ({ url, html, cut }, from) => {
      if (from.kind !== 'content') throw new Error('only content scripts send pages');
      if (!sameWebOrigin(url, from.url)) {
        throw new Error('a page of a URL outside the sending page');
      }
      return parsePageHtml(url, html, cut ? PAGE_HTML_LIMIT : null);
    },
  };
}
