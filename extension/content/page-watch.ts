import { navigationOf } from './navigation.ts';

const MUTATION_THROTTLE_MS = 200;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface PageWatch {
  /**
   * A count that grows whenever the DOM changed: equal counts mean an unchanged page. The
   * first call starts counting and always reads as a change.
   */
  mutations(): number;
  stop(): void;
}

/**
 * Calls `onUrlChange` when the page's URL changes without a reload, and counts DOM changes
 * for the look schedule. A page's history.pushState cannot be intercepted from the content
 * script's isolated world, so: the Navigation API's currententrychange where present, else
 * popstate/hashchange plus a throttled MutationObserver that compares location.href (SPAs
 * change the DOM when they route). Counting DOM changes uses that same observer, started only
 * when someone asks: a page that is not a posting gets no observer where the Navigation API
 * is there.
 */
export function watchPage(onUrlChange: (url: string) => void, win: Window = window): PageWatch {
  let last = win.location.href;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let count = 0;
  let observer: MutationObserver | null = null;
  const nav = navigationOf(win);

  const compare = () => {
    timer = null;
    const now = win.location.href;
    if (now !== last) {
      last = now;
      onUrlChange(now);
    }
  };
  const onMutation = () => {
    count += 1;
    if (!nav && timer === null) timer = setTimeout(compare, MUTATION_THROTTLE_MS);
  };
  const observe = () => {
    observer = new MutationObserver(onMutation);
    observer.observe(win.document, OBSERVED);
  };

  if (nav) nav.addEventListener('currententrychange', compare);
  else {
    win.addEventListener('popstate', compare);
    win.addEventListener('hashchange', compare);
    observe();
  }
  return {
    mutations() {
      if (!observer) {
        observe();
        count += 1;
      } else if (observer.takeRecords().length > 0) {
        // Records not delivered yet (a change in this very task) count too.
        onMutation();
      }
      return count;
    },
    stop() {
      nav?.removeEventListener('currententrychange', compare);
      win.removeEventListener('popstate', compare);
      win.removeEventListener('hashchange', compare);
      observer?.disconnect();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
