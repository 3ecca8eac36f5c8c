import type { ContentView } from '../messaging/views.ts';
import { collapsedHostStyle, PANEL_STYLES } from '../shared/panel-styles.ts';
import { createPanelBar, setBarPay } from './panel-bar.ts';

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
  const showBar = (pay: string | null) => {
    frame?.remove();
    frame = null;
    bar ??= createPanelBar(doc, onOpen);
    setBarPay(bar, pay);
    if (!bar.isConnected) root.append(bar);
    style(collapsedHostStyle(pay));
  };
  const showFrame = () => {
    bar?.remove();
    if (!frame) {
      frame = doc.createElement('iframe');
      frame.src = panelUrl;
      frame.title = 'JobLens';
      frame.style.cssText = PANEL_STYLES.frame;
      root.append(frame);
    }
    style(PANEL_STYLES.expanded);
  };

  return {
    /** Insert (again, if the page threw it out) as the view says: the bar or the open panel. */
    show(view: ContentView): void {
      if (view.collapsed) showBar(view.pay);
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
