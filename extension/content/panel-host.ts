import type { ContentView } from '../messaging/views.ts';
import { collapsedHostStyle, PANEL_STYLES as S } from '../shared/panel-styles.ts';
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
  // The open panel fits its content: the frame posts the height it needs (nothing else).
  const fit = (e: MessageEvent) => {
    const data = e.data as { type?: unknown; height?: unknown } | null;
    if (!frame || !e.source || e.source !== frame.contentWindow) return;
    if (data?.type !== S.heightMessage) return;
    const h = data.height;
    if (typeof h !== 'number' || !Number.isFinite(h)) return;
    const px = String(Math.round(Math.max(S.fitMin, h)));
    host.style.setProperty('height', S.fitHeight.replace('{h}', px), 'important');
  };
  let listening = false;
  const showFrame = () => {
    bar?.remove();
    if (!listening) doc.defaultView?.addEventListener('message', fit);
    listening = true;
    if (!frame) {
      frame = doc.createElement('iframe');
      frame.src = panelUrl;
      frame.title = 'JobLens';
      frame.style.cssText = S.frame;
      root.append(frame);
    }
    style(S.expanded);
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
      doc.defaultView?.removeEventListener('message', fit);
      listening = false;
    },
    get connected(): boolean {
      return host.isConnected;
    },
  };
}
export type PanelHost = ReturnType<typeof createPanelHost>;
