import { vi } from 'vitest';
import { parseHtmlLinkedom } from '../../src/dom/linkedom-env.ts';
import { inPage, type PageCommand } from '../page-world/in-page.ts';

/** What in-page.ts keeps on the page's window (tests reach into it; the page can too). */
export interface PageWorldState {
  state: string;
  token: string;
  root: ShadowRoot | null;
  host: HTMLElement | null;
  frame: HTMLIFrameElement | null;
}

/**
 * One page for in-page.ts to run in: a linkedom document, a window object and a location,
 * installed as the globals the function reads (it runs in the page's world, where those are
 * the page's own). `navigate` is a new document (a full load); `route` a new URL only.
 */
export function fakePageWorld(html: string, href: string) {
  let doc = parseHtmlLinkedom(html);
  // An EventTarget, as a window is: the open panel listens on it for its frame's height.
  let win = new EventTarget() as unknown as Record<symbol, unknown>;
  const loc = { href };
  const run = (cmd: PageCommand): unknown => {
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', doc);
    vi.stubGlobal('location', loc);
    try {
      return inPage(cmd);
    } finally {
      vi.unstubAllGlobals();
    }
  };
  return {
    run,
    get doc() {
      return doc;
    },
    get window() {
      return win;
    },
    state: () => win[Symbol.for('joblens.page')] as PageWorldState | undefined,
    navigate(nextHtml: string, nextHref: string) {
      doc = parseHtmlLinkedom(nextHtml);
      win = new EventTarget() as unknown as Record<symbol, unknown>;
      loc.href = nextHref;
    },
    /** A new URL; with `nextHtml`, the page's head and body swapped for its (ours stays). */
    route(nextHref: string, nextHtml?: string) {
      loc.href = nextHref;
      if (nextHtml === undefined) return;
      const next = parseHtmlLinkedom(nextHtml);
      doc.head.replaceChildren(...next.head.childNodes);
      doc.body.replaceChildren(...next.body.childNodes);
    },
    /** Our host element, if it is in the document. */
    host: () => {
      const h = win[Symbol.for('joblens.page')] as PageWorldState | undefined;
      return h?.host?.isConnected ? h.host : null;
    },
  };
}
