/** The Navigation API where the browser has it (Chromium; Firefox from 147). */
interface NavigationLike {
  addEventListener(type: 'currententrychange', fn: () => void): void;
  removeEventListener(type: 'currententrychange', fn: () => void): void;
}

const MUTATION_THROTTLE_MS = 200;

/**
 * Calls `onChange` when the page's URL changes without a reload. A page's history.pushState
 * cannot be intercepted from the content script's isolated world, so: the Navigation API's
 * currententrychange where present, popstate/hashchange, and as the fallback a throttled
 * MutationObserver that only compares location.href (SPAs change the DOM when they route).
 * Returns a function that stops everything.
 */
export function watchUrl(onChange: (url: string) => void, win: Window = window): () => void {
  let last = win.location.href;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const compare = () => {
    timer = null;
    const now = win.location.href;
    if (now !== last) {
      last = now;
      onChange(now);
    }
  };
  const soon = () => {
    if (timer === null) timer = setTimeout(compare, MUTATION_THROTTLE_MS);
  };
  const nav = (win as unknown as { navigation?: NavigationLike }).navigation;
  nav?.addEventListener('currententrychange', compare);
  win.addEventListener('popstate', compare);
  win.addEventListener('hashchange', compare);
  const observer = new MutationObserver(soon);
  observer.observe(win.document, { childList: true, subtree: true });
  return () => {
    nav?.removeEventListener('currententrychange', compare);
    win.removeEventListener('popstate', compare);
    win.removeEventListener('hashchange', compare);
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  };
}
