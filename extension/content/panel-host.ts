import type { ContentView } from '../messaging/views.ts';
import { createPanelBar } from './panel-bar.ts';

/** Where the bar sits (px from the viewport's top right); e2e and the bench click it there. */
export const BAR_BOX = { top: 72, right: 16, width: 176, height: 40 } as const;
const EXPANDED_HEIGHT = 'min(680px, calc(100vh - 96px))';

/** "a: b !important; …": one CSSOM write, parsed once (a page CSP without 'unsafe-inline' does not block CSSOM). */
const important = (styles: Record<string, string>): string =>
  Object.entries(styles)
    .map(([prop, value]) => `${prop}:${value} !important`)
    .join(';');

// `all: initial` first, so the page's CSS reaches none of the host's other properties.
// `contain: strict` with a fixed size: the host lays out on its own, and inserting or resizing
// it never makes the browser lay out the page again.
const hostStyle = (width: string, height: string, radius: string) =>
  important({
    all: 'initial',
    position: 'fixed',
    top: `${BAR_BOX.top}px`,
    right: `${BAR_BOX.right}px`,
    width,
    height,
    contain: 'strict',
    'z-index': '2147483646',
    display: 'block',
    'box-shadow': '0 6px 24px rgba(0,0,0,.25)',
    'border-radius': radius,
    overflow: 'hidden',
    background: 'transparent',
  });
const EXPANDED_STYLE = hostStyle('380px', EXPANDED_HEIGHT, '10px');
const BAR_STYLE = hostStyle(`${BAR_BOX.width}px`, `${BAR_BOX.height}px`, '20px');
const FRAME_STYLE = important({
  border: '0',
  width: '100%',
  height: '100%',
  display: 'block',
  'color-scheme': 'normal',
});

/**
 * The panel as the page sees it: one host element with a CLOSED shadow root. Collapsed (the
 * default) it holds the bar (panel-bar.ts), which says nothing about the user. Open, it holds
 * an iframe of our panel page: the page cannot reach into the shadow root and the frame is
 * cross-origin to it, so its scripts can read neither the profile nor the match, and neither
 * side's styles leak into the other. The frame is built only when the panel is open and
 * dropped when it is collapsed. Styled before it is inserted: one style and layout pass for
 * the host, none for the page.
 */
export function createPanelHost(panelUrl: string, onOpen: () => void, doc: Document = document) {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  let bar: HTMLElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let shown: string | null = null;

  const style = (next: string) => {
    if (next === shown) return;
    host.style.cssText = next;
    shown = next;
  };
  const showBar = () => {
    frame?.remove();
    frame = null;
    bar ??= createPanelBar(doc, onOpen);
    if (!bar.isConnected) root.append(bar);
    style(BAR_STYLE);
  };
  const showFrame = () => {
    bar?.remove();
    if (!frame) {
      frame = doc.createElement('iframe');
      frame.src = panelUrl;
      frame.title = 'JobLens';
      frame.style.cssText = FRAME_STYLE;
      root.append(frame);
    }
    style(EXPANDED_STYLE);
  };

  return {
    /** Insert (again, if the page threw it out) as the view says: the bar or the open panel. */
    show(view: ContentView): void {
      if (view.collapsed) showBar();
      else showFrame();
      if (!host.isConnected) doc.documentElement.append(host);
    },
    remove(): void {
      host.remove();
    },
    get connected(): boolean {
      return host.isConnected;
    },
  };
}
export type PanelHost = ReturnType<typeof createPanelHost>;
