/** The Navigation API where the browser has it (Chromium; Firefox from 147). */
export interface NavigationLike {
  addEventListener(type: 'currententrychange', fn: () => void): void;
  removeEventListener(type: 'currententrychange', fn: () => void): void;
}

export const navigationOf = (win: Window): NavigationLike | undefined =>
  (win as unknown as { navigation?: NavigationLike }).navigation;

/** What index.ts keeps per page: the running content script, quiet or not. */
export interface ContentHandle {
  analyzeNow(): void;
  stop(): void;
}
