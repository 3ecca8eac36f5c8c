import { postingFromSnapshot } from '../core/engine.ts';
import type { Handlers } from '../messaging/router.ts';
import { sameWebOrigin } from '../shared/match-pattern.ts';

/**
 * 'page/parse': the content script read the page, the background builds the posting (the
 * skills catalog, salary and detection rules live here, not in every page). Pure: nothing is
 * stored or shown until the content script reports the posting.
 */
export function createParseHandlers(): Handlers<'page/parse'> {
  return {
    'page/parse': (snapshot, from) => {
      if (from.kind !== 'content') throw new Error('only content scripts send page snapshots');
      const url = snapshot.url ?? '';
      if (!sameWebOrigin(url, from.url)) {
        throw new Error('snapshot of a URL outside the sending page');
      }
      return postingFromSnapshot(snapshot);
    },
  };
}
