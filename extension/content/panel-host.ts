import type { ContentView } from '../messaging/views.ts';

const WIDTH = '380px';
const EXPANDED_HEIGHT = 'min(680px, calc(100vh - 96px))';
const COLLAPSED_HEIGHT = '48px';

/** Inline !important declarations through the CSSOM: page CSS cannot override them, and a page CSP without 'unsafe-inline' does not block them. */
function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [prop, value] of Object.entries(styles))
    el.style.setProperty(prop, value, 'important');
}

/**
 * The panel as the page sees it: one host element whose CLOSED shadow root holds an iframe of
 * our panel page. The page cannot reach into the shadow root, and the iframe is
 * cross-origin to it, so the page's scripts can read neither the profile nor the match,
 * and neither side's styles leak into the other.
 */
export function createPanelHost(panelUrl: string, doc: Document = document) {
  const host = doc.createElement('div');
  host.style.setProperty('all', 'initial', 'important');
  setStyles(host, {
    position: 'fixed',
    top: '72px',
    right: '16px',
    width: WIDTH,
    height: EXPANDED_HEIGHT,
    'z-index': '2147483646',
    display: 'block',
    'box-shadow': '0 6px 24px rgba(0,0,0,.25)',
    'border-radius': '10px',
    overflow: 'hidden',
    background: 'transparent',
  });
  const root = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.src = panelUrl;
  frame.title = 'JobLens';
  setStyles(frame, {
    border: '0',
    width: '100%',
    height: '100%',
    display: 'block',
    'color-scheme': 'normal',
  });
  root.append(frame);

  return {
    /** Insert (again, if the page threw it out) and size it for the view. */
    show(view: ContentView): void {
      setStyles(host, { height: view.collapsed ? COLLAPSED_HEIGHT : EXPANDED_HEIGHT });
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
