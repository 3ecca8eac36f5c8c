import { describe, expect, it } from 'vitest';
import { PageRead } from '../background/page-read.ts';
import { BAR_BOX, barWidth, collapsedHostStyle, PANEL_STYLES } from '../shared/panel-styles.ts';
import { fakePageWorld } from '../testing/fake-page-world.ts';

const URL_A = 'https://boards.greenhouse.io/acme/jobs/1';
const HTML = '<html><head><title>Job</title></head><body><h1>Engineer</h1></body></html>';
const PANEL = 'chrome-extension://id/panel.html?tab=7';
const SHOWN = { hidden: false, collapsed: true, pay: null };

const read = (p: ReturnType<typeof fakePageWorld>, want: 'new' | 'any' | 'none' = 'new') =>
  PageRead.parse(p.run({ kind: 'read', limit: 1000, want }));
const show = (p: ReturnType<typeof fakePageWorld>, token: string, view = SHOWN) =>
  p.run({ kind: 'show', token, key: 'gh:1', panelUrl: PANEL, view, styles: PANEL_STYLES });

describe('inPage: what the background asks of a page, in its own world', () => {
  it('a new document: its HTML and a token; nothing of ours is written', () => {
    const p = fakePageWorld(HTML, URL_A);
    const r = read(p);
    expect(r).toMatchObject({ state: 'new', href: URL_A, shownAt: null, key: null });
    expect(r.page).toEqual({ html: p.doc.documentElement.outerHTML, cut: false });
    expect(r.page?.html).toContain('<h1>Engineer</h1>');
    expect(p.doc.documentElement.outerHTML).not.toContain('div');
    expect(read(p).token).toBe(r.token);
  });

  it('a page over the limit sends its first part, never half a surrogate pair', () => {
    const body = `<p>${'a'.repeat(990)}😀${'b'.repeat(500)}</p>`;
    const p = fakePageWorld(`<html><body>${body}</body></html>`, URL_A);
    const r = read(p);
    expect(r.page?.cut).toBe(true);
    const html = r.page?.html ?? '';
    expect(html.length).toBeLessThanOrEqual(1000);
    const last = html.charCodeAt(html.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
  });

  it('show: the bar in a closed shadow root, only for the document that was read', () => {
    const p = fakePageWorld(HTML, URL_A);
    const { token } = read(p);
    expect(show(p, 'another.document')).toBe(false);
    expect(p.host()).toBeNull();
    expect(show(p, token)).toBe(true);
    const host = p.host();
    expect(host?.parentNode).toBe(p.doc.documentElement);
    expect(host?.getAttribute('style')).toContain('position:fixed !important');
    const button = p.state()?.root?.querySelector('button');
    expect(button?.textContent).toBe('Open ▸');
    expect(button?.getAttribute('aria-label')).toBe(PANEL_STYLES.openLabel);
    // Shown: a later read sends no HTML unless asked for it.
    expect(read(p)).toMatchObject({ state: 'ours', shownAt: URL_A, key: 'gh:1', page: null });
    expect(read(p, 'any').page?.html).toContain('Engineer');
    // An in-page route: this URL was not shown yet, so 'new' reads it.
    p.route('https://boards.greenhouse.io/acme/jobs/2');
    expect(read(p)).toMatchObject({ state: 'ours', shownAt: URL_A });
    expect(read(p).page?.html).toContain('Engineer');
    expect(read(p, 'none').page).toBeNull();
  });

  it('Open: a trusted click opens the panel frame, marked as opened by the user; a synthetic one does nothing', () => {
    const p = fakePageWorld(HTML, URL_A);
    show(p, read(p).token);
    const button = p.state()?.root?.querySelector('button');
    const click = () => {
      const e = p.doc.createEvent('Event');
      e.initEvent('click', true, true);
      return e;
    };
    button?.dispatchEvent(click());
    expect(p.state()?.frame).toBeNull();
    const trusted = click();
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button?.dispatchEvent(trusted);
    expect(p.state()?.frame?.getAttribute('src')).toBe(`${PANEL}&opened=1`);
    expect(p.state()?.root?.querySelector('button')).toBeNull();
    expect(p.host()?.getAttribute('style')).toContain('width:380px !important');
  });

  it("a later show (a route's new posting) keeps the panel the user just opened; a view still folds it", async () => {
    const p = fakePageWorld(HTML, URL_A);
    const { token } = read(p);
    show(p, token);
    const trusted = p.doc.createEvent('Event');
    trusted.initEvent('click', true, true);
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    p.state()?.root?.querySelector('button')?.dispatchEvent(trusted);
    const frame = p.state()?.frame;
    expect(frame).toBeTruthy();
    // The report's view was built from the setting before the panel stored "open".
    p.route('https://boards.greenhouse.io/acme/jobs/2');
    expect(show(p, token, { hidden: false, collapsed: true, pay: null })).toBe(true);
    expect(p.state()?.frame).toBe(frame);
    p.run({
      kind: 'view',
      view: { hidden: false, collapsed: true, pay: null },
      styles: PANEL_STYLES,
    });
    expect(p.state()?.frame).toBeNull();
  });

  it('view: open (the frame), collapsed (the bar again), hidden (nothing in the page)', () => {
    const p = fakePageWorld(HTML, URL_A);
    show(p, read(p).token, { hidden: false, collapsed: false, pay: null });
    expect(p.state()?.frame?.getAttribute('src')).toBe(PANEL);
    expect(
      p.run({
        kind: 'view',
        view: { hidden: false, collapsed: true, pay: null },
        styles: PANEL_STYLES,
      }),
    ).toBe(true);
    expect(p.state()?.frame).toBeNull();
    expect(p.state()?.root?.querySelector('button')).not.toBeNull();
    p.run({
      kind: 'view',
      view: { hidden: true, collapsed: true, pay: null },
      styles: PANEL_STYLES,
    });
    expect(p.host()).toBeNull();
    p.run({
      kind: 'view',
      view: { hidden: false, collapsed: true, pay: null },
      styles: PANEL_STYLES,
    });
    expect(p.host()).not.toBeNull();
  });

  it('the bar carries the pay line, wider for it; a new posting or view rewrites it', () => {
    const p = fakePageWorld(HTML, URL_A);
    const pay = '€48K–€56K / yr · EUR';
    const styles = { ...PANEL_STYLES, collapsed: collapsedHostStyle(pay) };
    const { token } = read(p);
    p.run({ kind: 'show', token, key: 'gh:1', panelUrl: PANEL, view: { ...SHOWN, pay }, styles });
    expect(p.state()?.root?.firstElementChild?.textContent).toBe(`JobLens${pay}Open ▸`);
    expect(p.host()?.getAttribute('style')).toContain(`width:${barWidth(pay)}px !important`);
    expect(barWidth(pay)).toBeGreaterThan(BAR_BOX.width);
    p.run({ kind: 'view', view: SHOWN, styles: PANEL_STYLES });
    expect(p.state()?.root?.firstElementChild?.textContent).toBe('JobLensOpen ▸');
    expect(p.host()?.getAttribute('style')).toContain(`width:${BAR_BOX.width}px !important`);
  });

  it("the open panel fits the height its own frame posts, at most the viewport; anyone else's message is ignored", () => {
    const p = fakePageWorld(HTML, URL_A);
    show(p, read(p).token, { hidden: false, collapsed: false, pay: null });
    // linkedom's frames have no window of their own: give this one a stand-in.
    const frameWindow = new EventTarget();
    Object.defineProperty(p.state()?.frame ?? {}, 'contentWindow', { value: frameWindow });
    const post = (source: unknown, height: unknown) => {
      const e = new MessageEvent('message', { data: { type: PANEL_STYLES.heightMessage, height } });
      Object.defineProperty(e, 'source', { value: source });
      (p.window as unknown as EventTarget).dispatchEvent(e);
    };
    const height = () =>
      p
        .host()
        ?.style.getPropertyValue('height')
        .replace(/ !important$/, '');
    post(p.window, 300);
    post(null, 300);
    expect(height()).toBe('min(680px, calc(100vh - 96px))');
    post(frameWindow, 300);
    expect(height()).toBe('min(300px, calc(100vh - 96px))');
    post(frameWindow, 20);
    expect(height()).toBe(`min(${PANEL_STYLES.fitMin}px, calc(100vh - 96px))`);
    post(frameWindow, 'tall');
    expect(height()).toBe(`min(${PANEL_STYLES.fitMin}px, calc(100vh - 96px))`);
  });

  it('the page throws the host out: a view puts it back (as the content script does)', () => {
    const p = fakePageWorld(HTML, URL_A);
    show(p, read(p).token);
    p.host()?.remove();
    expect(p.host()).toBeNull();
    p.run({ kind: 'view', view: SHOWN, styles: PANEL_STYLES });
    expect(p.host()).not.toBeNull();
  });

  it('hold: ours goes, the content script has the page; nothing is read or shown after', () => {
    const p = fakePageWorld(HTML, URL_A);
    const { token } = read(p);
    show(p, token);
    expect(p.run({ kind: 'hold' })).toBe(true);
    expect(p.host()).toBeNull();
    expect(read(p, 'any')).toMatchObject({ state: 'held', page: null });
    expect(show(p, token)).toBe(false);
    expect(p.run({ kind: 'view', view: SHOWN, styles: PANEL_STYLES })).toBe(false);
    expect(p.run({ kind: 'ping' })).toBeNull();
  });

  it('drop: ours goes and the document is new to the next read', () => {
    const p = fakePageWorld(HTML, URL_A);
    const first = read(p);
    show(p, first.token);
    p.run({ kind: 'drop' });
    expect(p.host()).toBeNull();
    const next = read(p);
    expect(next.state).toBe('new');
    expect(next.token).not.toBe(first.token);
  });

  it('ping: the URL and key while ours shows; null in a document without ours', () => {
    const p = fakePageWorld(HTML, URL_A);
    expect(p.run({ kind: 'ping' })).toBeNull();
    show(p, read(p).token);
    p.route('https://boards.greenhouse.io/acme/jobs/2');
    expect(p.run({ kind: 'ping' })).toEqual({
      url: 'https://boards.greenhouse.io/acme/jobs/2',
      key: 'gh:1',
    });
    p.navigate(HTML, URL_A);
    expect(p.run({ kind: 'ping' })).toBeNull();
  });

  it("its state is not enumerable on the page's window", () => {
    const p = fakePageWorld(HTML, URL_A);
    // The fake window is an EventTarget, which has symbols of its own.
    const before = Object.getOwnPropertySymbols(p.window).length;
    read(p);
    expect(p.state()).toBeDefined();
    expect(Object.getOwnPropertySymbols(p.window)).toHaveLength(before + 1);
    expect(Object.keys(p.window)).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(p.window, Symbol.for('joblens.page'))?.enumerable).toBe(
      false,
    );
  });
});
