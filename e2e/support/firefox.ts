import type { Browser, Frame, HTTPRequest, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { type Clickable, openPanelFromBar } from './panel-bar.ts';
import { DIST_FIREFOX, firefoxPath } from './paths.ts';
import { pageHtml, requestKey, type SitePage, servedPages } from './sites.ts';

/** Fixed moz-extension UUID (Firefox takes it from this pref), so tests know our origin. */
export const FIREFOX_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
export const GECKO_ID = 'joblens@joblens.local';
export const MOZ_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  refused: string[];
  /** A new tab whose requests are answered from the fixtures (WebDriver BiDi interception). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(extraPages: SitePage[] = []): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Puppeteer's default of 30 s to start was once too short on a busy 2-core CI host.
    timeout: 75_000,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  const id = await browser.installExtension(DIST_FIREFOX);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  const pages = servedPages(extraPages);
  const refused: string[] = [];
  const answer = (req: HTTPRequest) => {
    const url = req.url();
    if (url.startsWith('moz-extension:') || url.startsWith('data:') || url.startsWith('blob:'))
      return void req.continue();
    const page = pages.get(requestKey(url));
    if (page)
      return void req.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: pageHtml(page),
      });
    if (!url.endsWith('/favicon.ico')) refused.push(url);
    return void req.abort();
  };
  return {
    browser,
    refused,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', answer);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * The panel's frame. Over BiDi its url() reads about:blank (a cross-origin extension frame),
 * so frames are told apart by asking each where it is.
 */
export async function firefoxPanel(page: Page, timeout = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  let clicked = false;
  while (Date.now() < deadline) {
    // The panel starts as its bar: open it once, as a user would.
    // (openPanelFromBar clicks only where the bar is: an open panel is left alone, and the
    // page may have frames of its own.)
    if (!clicked)
      clicked = await openPanelFromBar(page as unknown as Clickable, page.mouse).catch(() => false);
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const ready = await frame
        .evaluate(
          (origin: string) =>
            location.href.startsWith(`${origin}/panel.html`) &&
            document.querySelector('[data-testid="joblens-panel"]') !== null,
          MOZ_ORIGIN,
        )
        .catch(() => false);
      if (ready) return frame;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no JobLens panel in ${page.url()}`);
}

/** Poll a frame until `fn` returns something truthy. */
export async function waitIn<T>(frame: Frame | Page, fn: () => T, timeout = 15_000): Promise<T> {
  const handle = await frame.waitForFunction(fn, { timeout, polling: 200 });
  return (await handle.jsonValue()) as T;
}

/** One of our pages open in a tab (BiDi reports its url() as about:blank; ask the page). */
export async function findExtensionPage(
  ff: FirefoxSession,
  path: string,
  timeout = 15_000,
): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const p of await ff.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${MOZ_ORIGIN}/${path}`)) return p;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no ${path} tab`);
}
