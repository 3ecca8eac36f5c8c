import type { PanelStyles } from '../shared/panel-styles.ts';

/**
 * What the background asks of a page, run in the page's own world by
 * scripting.executeScript({world: 'MAIN'}) (background/page-looks.ts). A posting loaded in
 * full costs the page this and nothing else: no content script, so no isolated world, no
 * extension bindings, no engine, which were most of what it paid (bench/README.md).
 *
 * The browser sends this function's source, not its module: it must use nothing from outside
 * its body (its arguments carry the styles). It runs where the page's scripts run, so it holds
 * nothing about the user: the bar says "JobLens" and opens the panel frame, which is
 * cross-origin to the page, exactly what the page could frame itself (panel.html is
 * web-accessible on these sites). Whatever it returns, the background checks (page-read.ts).
 */
export type PageCommand =
  /**
   * What of ours is in the page, and its HTML: `want` 'new' only where we have not shown this
   * URL yet (nothing of ours in the page, or an in-page route since), 'any' unless the content
   * script holds the page, 'none' never.
   */
  | { kind: 'read'; limit: number; want: 'new' | 'any' | 'none' }
  /**
   * The bar (or the panel) for the posting `key`, in the document `read` answered with
   * `token`; key null: the document shows no posting now, and nothing of ours.
   */
  | {
      kind: 'show';
      token: string;
      key: string | null;
      panelUrl: string;
      view: PageView;
      styles: PanelStyles;
    }
  /** The site's panel setting changed: redraw, if this document shows ours. */
  | { kind: 'view'; view: PageView; styles: PanelStyles }
  /** The content script takes this document over: ours goes, and `read` stops reading. */
  | { kind: 'hold' }
  /** The document moved off its job: ours goes, and a later job URL is read afresh. */
  | { kind: 'drop' }
  | { kind: 'ping' };

export interface PageView {
  hidden: boolean;
  collapsed: boolean;
  /** The posting's pay in one line for the bar (the page's own data), or null. */
  pay: string | null;
}

export function inPage(cmd: PageCommand): unknown {
  interface State {
    state: 'new' | 'ours' | 'held';
    token: string;
    shownAt: string | null;
    key: string | null;
    panelUrl: string;
    styles: PanelStyles | null;
    opened: boolean;
    host: HTMLElement | null;
    root: ShadowRoot | null;
    bar: HTMLElement | null;
    frame: HTMLIFrameElement | null;
    shown: string;
    /** The listener that fits the open panel to the height its frame posts. */
    fit: ((e: MessageEvent) => void) | null;
  }
  const K = Symbol.for('joblens.page');
  const win = window;
  const w = win as unknown as Record<symbol, State | undefined>;
  const doc = document;
  let s = w[K];
  const create = (): State => {
    const token = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
    const fresh: State = {
      state: 'new',
      token,
      shownAt: null,
      key: null,
      panelUrl: '',
      styles: null,
      opened: false,
      host: null,
      root: null,
      bar: null,
      frame: null,
      shown: '',
      fit: null,
    };
    // Not enumerable: the page's own walks over window do not meet it.
    Object.defineProperty(w, K, { value: fresh, configurable: true, writable: true });
    return fresh;
  };

  const apply = (st: State, view: PageView): void => {
    const styles = st.styles;
    if (!styles) return;
    if (view.hidden) {
      st.host?.remove();
      return;
    }
    if (!st.host || !st.root) {
      st.host = doc.createElement('div');
      st.root = st.host.attachShadow({ mode: 'closed' });
    }
    let style: string;
    if (view.collapsed) {
      st.frame?.remove();
      st.frame = null;
      if (!st.bar) {
        // The content script's bar (content/panel-bar.ts), built here again because this
        // function cannot import it; bar-parity.test.ts keeps the two the same.
        const bar = doc.createElement('div');
        bar.style.cssText = styles.bar;
        const brand = doc.createElement('span');
        brand.style.cssText = styles.brand;
        brand.textContent = 'JobLens';
        const pay = doc.createElement('span');
        pay.style.cssText = styles.pay;
        const open = doc.createElement('button');
        open.type = 'button';
        open.style.cssText = styles.open;
        open.textContent = 'Open ▸';
        open.title = styles.openLabel;
        open.setAttribute('aria-label', styles.openLabel);
        open.setAttribute('aria-expanded', 'false');
        // A real click or key press only: an event the page dispatches is not trusted.
        open.addEventListener('click', (e) => {
          if (!e.isTrusted) return;
          st.opened = true;
          apply(st, { hidden: false, collapsed: false, pay: null });
        });
        bar.append(brand, pay, open);
        st.bar = bar;
      }
      const line = st.bar.children[1];
      if (line && line.textContent !== (view.pay ?? '')) line.textContent = view.pay ?? '';
      if (!st.bar.isConnected) st.root.append(st.bar);
      style = styles.collapsed;
    } else {
      st.bar?.remove();
      if (!st.fit) {
        // As the content script's host does (content/panel-host.ts): only our frame's message.
        st.fit = (e: MessageEvent) => {
          const data = e.data as { type?: unknown; height?: unknown } | null;
          const sty = st.styles;
          if (!sty || !st.frame || !st.host || !e.source || e.source !== st.frame.contentWindow)
            return;
          if (data?.type !== sty.heightMessage) return;
          const h = data.height;
          if (typeof h !== 'number' || !Number.isFinite(h)) return;
          const px = String(Math.round(Math.max(sty.fitMin, h)));
          st.host.style.setProperty('height', sty.fitHeight.replace('{h}', px), 'important');
        };
        win.addEventListener('message', st.fit);
      }
      if (!st.frame) {
        const frame = doc.createElement('iframe');
        // `opened`: the user asked, and the panel remembers it for the site.
        frame.src = st.opened ? `${st.panelUrl}&opened=1` : st.panelUrl;
        frame.title = 'JobLens';
        frame.style.cssText = styles.frame;
        st.root.append(frame);
        st.frame = frame;
      }
      style = styles.expanded;
    }
    if (st.shown !== style) {
      st.host.style.cssText = style;
      st.shown = style;
    }
    if (!st.host.isConnected) doc.documentElement.append(st.host);
  };

  switch (cmd.kind) {
    case 'read': {
      s ??= create();
      const unseen = s.state === 'new' || (s.state === 'ours' && s.shownAt !== location.href);
      const wanted = cmd.want === 'any' ? s.state !== 'held' : cmd.want === 'new' && unseen;
      let page: { html: string; cut: boolean } | null = null;
      if (wanted) {
        const html = doc.documentElement?.outerHTML ?? '';
        if (html.length <= cmd.limit) page = { html, cut: false };
        else {
          // Never end on half a surrogate pair.
          const code = html.charCodeAt(cmd.limit - 1);
          const end = code >= 0xd800 && code <= 0xdbff ? cmd.limit - 1 : cmd.limit;
          page = { html: html.slice(0, end), cut: true };
        }
      }
      const { state, token, shownAt, key } = s;
      return { state, token, href: location.href, shownAt, key, page };
    }
    case 'show': {
      if (!s || s.token !== cmd.token || s.state === 'held') return false;
      // Drawn already (a route's new posting): open or collapsed stays as the page shows it.
      // The view here was built before the report and may predate a click on Open; the site's
      // setting reaches the page through 'view'.
      const drawn = s.state === 'ours' && s.shown !== '';
      const view = drawn ? { ...cmd.view, collapsed: s.frame === null } : cmd.view;
      s.state = 'ours';
      s.shownAt = location.href;
      s.key = cmd.key;
      s.panelUrl = cmd.panelUrl;
      s.styles = cmd.styles;
      apply(s, cmd.key === null ? { ...view, hidden: true } : view);
      return true;
    }
    case 'view': {
      if (s?.state !== 'ours') return false;
      s.styles = cmd.styles;
      apply(s, s.key === null ? { ...cmd.view, hidden: true } : cmd.view);
      return true;
    }
    case 'hold': {
      s ??= create();
      s.host?.remove();
      s.state = 'held';
      return true;
    }
    case 'drop': {
      s?.host?.remove();
      if (s?.fit) win.removeEventListener('message', s.fit);
      delete w[K];
      return true;
    }
    case 'ping':
      return s?.state === 'ours' ? { url: location.href, key: s.key } : null;
  }
}
