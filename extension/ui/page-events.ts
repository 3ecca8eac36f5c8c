import { type PageChange, subscribeChanges } from '../messaging/change-feed.ts';

export type { PageChange };

const subscribers = new Set<(change: PageChange) => void>();
let subscribed = false;

/** One change-feed connection per page, fanned out to the components that show data. */
export function onPageChanged(fn: (change: PageChange) => void): () => void {
  if (!subscribed) {
    subscribed = true;
    subscribeChanges((change) => {
      for (const sub of subscribers) sub(change);
    });
  }
  subscribers.add(fn);
  return () => {
    subscribers.delete(fn);
  };
}
