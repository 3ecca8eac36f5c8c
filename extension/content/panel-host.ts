import type { ContentView } from '../messaging/views.ts';

const WIDTH = '380px';
const EXPANDED_HEIGHT = 'min(680px, calc(100vh - 96px))';
const COLLAPSED_HEIGHT = '48px';

/** "a: b !important; …": one CSSOM write, parsed once (a page CSP without 'unsafe-inline' does not block CSSOM). */
const important = (styles: Record<string, string>): string =>
  Object.entries(styles)
    .map(([prop, value]) => `${prop}:${value} !important`)
    .join(';');

// `all: initial` first, so the page's CSS reaches none of the host's other properties.
// `contain: strict` with a fixed size: the host lays out on its own, and inserting or resizing
// it never makes the browser lay out the page again.
const hostStyle = (height: string) =>
  important({
    all: 'initial',
    position: 'fixed',
    top: '72px',
    right: '16px',
    width: WIDTH,
    height,
    contain: 'strict',
    'z-index': '2147483646',
    display: 'block',
    'box-shadow': '0 6px 24px rgba(0,0,0,.25)',
    'border-radius': '10px',
    overflow: 'hidden',
    background: 'transparent',
  });
const EXPANDED_STYLE = hostStyle(EXPANDED_HEIGHT);
const COLLAPSED_STYLE = hostStyle(COLLAPSED_HEIGHT);
const FRAME_STYLE = important({
  border: '0',
  width: '100%',
  height: '100%',
  display: 'block',
  'color-scheme': 'normal',
});

/**
 * The panel as the page sees it: one host element whose CLOSED shadow root holds an iframe of
 * our panel page. The page cannot reach into the shadow root, and the iframe is
 * cross-origin to it, so the page's scripts can read neither the profile nor the match,
 * and neither side's styles leak into the other. Built only once the background has a view
 * to show, styled before it is inserted: one style and layout pass for the host, none for the
 * page.
 */
export function createPanelHost(panelUrl: string, doc: Document = document) {
  const host = doc.createElement('div');
  host.style.cssText = EXPANDED_STYLE;
  let shown = EXPANDED_STYLE;
  const root = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.src = panelUrl;
  frame.title = 'JobLens';
  frame.style.cssText = FRAME_STYLE;
  root.append(frame);

  return {
    /** Insert (again, if the page threw it out) and size it for the view. */
    show(view: ContentView): void {
      const style = view.collapsed ? COLLAPSED_STYLE : EXPANDED_STYLE;
      if (style !== shown) {
        host.style.cssText = style;
        shown = style;
      }
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
