import { BAR_BOX } from '../../extension/shared/panel-styles.ts';

/** A page or frame to look in, as Playwright and Puppeteer both offer it. */
export interface Clickable {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
}
interface Mouse {
  click(x: number, y: number): Promise<unknown>;
}

/**
 * Opens the panel from its bar the way a user does: a real click on the Open button. The bar
 * sits in a closed shadow root, out of reach of any selector, so the click goes to where the
 * bar draws its button (BAR_BOX, the button at its right end); `offset` is where `doc` (a
 * frame) sits in the page. False when no bar is in the document (still loading, hidden, or
 * already open).
 */
export async function openPanelFromBar(
  doc: Clickable,
  mouse: Mouse,
  offset: { x: number; y: number } = { x: 0, y: 0 },
): Promise<boolean> {
  const width = await doc.evaluate((barHeight: number) => {
    // Our host: a direct child of <html> with the panel's z-index; the page can see it.
    const host = [...document.documentElement.children].find(
      (el) => (el as HTMLElement).style?.zIndex === '2147483646',
    ) as HTMLElement | undefined;
    return host && Math.round(host.getBoundingClientRect().height) === barHeight
      ? document.documentElement.clientWidth
      : null;
  }, BAR_BOX.height);
  if (width === null) return false;
  await mouse.click(
    offset.x + width - BAR_BOX.right - 36,
    offset.y + BAR_BOX.top + BAR_BOX.height / 2,
  );
  return true;
}

/** Clicks Open as soon as the bar is in the page (the bench waits for it this way). */
export async function openPanelWhenReady(
  page: Clickable & { mouse: Mouse },
  timeout = 5000,
): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await openPanelFromBar(page, page.mouse).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

interface DomNode {
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * What the bar says, as a user reads it: the text in our host's closed shadow root, which no
 * selector reaches, read from the browser's DOM through CDP (Chromium). Null: no bar.
 */
export async function barText(page: import('@playwright/test').Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const text = (n: DomNode): string =>
      n.nodeType === 3
        ? (n.nodeValue ?? '')
        : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join('');
    const find = (n: DomNode): DomNode | null => {
      const style = n.attributes?.[n.attributes.indexOf('style') + 1] ?? '';
      if (n.attributes?.includes('style') && style.includes('2147483646') && n.shadowRoots?.[0])
        return n.shadowRoots[0];
      for (const c of n.children ?? []) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const shadow = find(root);
    return shadow ? text(shadow) : null;
  } finally {
    await cdp.detach();
  }
}
