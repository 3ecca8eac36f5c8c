import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { HOSTILE, HOSTILE_PAGES } from './fixtures/hostile/pages.ts';
import {
  drawnForwards,
  horizontalOverflow,
  hostBox,
  liveMarkup,
  openUrl,
  pwnLog,
  type Watch,
  watchEverything,
} from './fixtures/hostile/support.ts';
import {
  type ExtensionSession,
  importProfile,
  launchWithExtension,
  localState,
  openExtensionPage,
  panelFrame,
  tabIdOf,
} from './support/chromium.ts';
import { savedRolesIn } from './support/saved-roles.ts';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
let watch: Watch;
test.beforeAll(async () => {
  s = await launchWithExtension({ extraPages: Object.values(HOSTILE_PAGES) });
  watch = watchEverything(s);
  await (await importProfile(s)).close();
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

const tracker = () => s.network.seen.filter((r) => r.url.includes('tracker.invalid'));

test('the audit sees what a payload would do: CSP refusals in our frames, requests, the page trap', async () => {
  // Positive controls: without them, "nothing was seen" could mean "nothing was watched".
  const page = await openUrl(s, HOSTILE_PAGES.greenhouse.url);
  const panel = await panelFrame(s, page);
  await panel.evaluate(() => {
    const div = document.createElement('div');
    // An inline handler in an extension frame: the CSP refuses it and says so on the console.
    div.setAttribute('onclick', 'void 0');
    document.body.append(div);
    div.click();
    div.remove();
  });
  await expect.poll(() => watch.problems().length).toBeGreaterThan(0);
  expect(watch.problems()[0]?.text).toContain('Content Security Policy');
  await page.evaluate(() => {
    (window as unknown as { __joblensPwned: string }).__joblensPwned = 'control';
  });
  expect(await pwnLog(page)).toEqual(['control']);
  watch.clear();
  await page.close();
});

test('hostile posting: markup, script, javascript: links, RLO, a huge word are inert text everywhere', async () => {
  const page = await openUrl(s, HOSTILE_PAGES.greenhouse.url);
  const panel = await panelFrame(s, page);
  const tabId = await tabIdOf(s, page);
  const state = (await s.worker.evaluate(
    (id: number) => chrome.storage.session.get(`tab:${id}`),
    tabId,
  )) as Record<string, { posting: { title: string; company: string } }>;
  const posting = state[`tab:${tabId}`]?.posting;
  // The parser kept the text as text (and capped the 10,000-character word).
  expect(posting?.title).toContain(HOSTILE.titleMarkup);
  expect(posting?.company).toContain(HOSTILE.rlo);

  // Panel: the title is the literal text, no element was made of it.
  const title = panel.locator('.jl-posting__title');
  await expect(title).toHaveText(posting?.title ?? '?');
  await expect(panel.locator('.jl-posting__meta')).toContainText(
    "<script>window.__joblensPwned='company'</script>",
  );
  await expect(panel.getByTestId('joblens-salary')).toContainText('tracker.invalid/tier.gif');
  expect(await liveMarkup(panel)).toBe(0);
  // Layout: the host keeps its size, nothing in the panel runs off to the right.
  expect(await hostBox(page)).toMatchObject({ width: 380 });
  expect(await horizontalOverflow(panel)).toBeLessThanOrEqual(0);
  // The company's unterminated right-to-left override stays inside the company name.
  expect(await drawnForwards(panel, 'Denver')).toBe(true);

  // Save it; the popup shows it the same way.
  await panel.getByTestId('joblens-save').click();
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await expect(popup.locator('.jl-posting__title')).toHaveText(posting?.title ?? '?');
  expect(await liveMarkup(popup)).toBe(0);
  expect(await horizontalOverflow(popup)).toBeLessThanOrEqual(0);
  expect(await drawnForwards(popup, 'Denver')).toBe(true);
  await popup.close();

  // Options: the saved list shows the text; the stored URL is an http(s) link.
  const options = await openExtensionPage(s, 'options.html');
  await options.locator('main[data-loaded="true"]').waitFor();
  const cell = options.getByTestId('joblens-saved-role').filter({ hasText: 'Staff Engineer' });
  await expect(cell).toHaveAttribute('title', posting?.title ?? '?');
  expect(await cell.locator('a').getAttribute('href')).toBe(HOSTILE_PAGES.greenhouse.url);
  expect(await liveMarkup(options)).toBe(0);

  // Exports: the JSON round-trips the exact text; the CSV quotes it and starts no formula.
  const json = await download(options, 'joblens-export-json');
  const exported = JSON.parse(json) as { roles: { title: string; company: string }[] };
  expect(exported.roles.map((r) => r.title)).toContain(posting?.title);
  expect(exported.roles.map((r) => r.company)).toContain(posting?.company);
  const csv = await download(options, 'joblens-export-csv');
  expect(csv).toContain(`"${(posting?.title ?? '?').replace(/"/g, '""')}"`);
  await options.close();

  expect(await pwnLog(page)).toEqual([]);
  expect(tracker()).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.close();
});

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

test('hostile JSON-LD: live markup in the structured data is read as text, never loaded', async () => {
  const page = await openUrl(s, HOSTILE_PAGES.lever.url);
  const panel = await panelFrame(s, page);
  await expect(panel.locator('.jl-posting__title')).toContainText(
    '<img src="https://tracker.invalid/ld-title.gif"',
  );
  await expect(panel.locator('.jl-posting__meta')).toContainText('<script>');
  expect(await liveMarkup(panel)).toBe(0);
  expect(await drawnForwards(panel, 'Austin')).toBe(true);
  await panel.getByTestId('joblens-save').click();
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  // The JSON-LD "url" (javascript:) never becomes the role's URL.
  const roles = savedRolesIn(await localState(s)) as Record<string, { url: string; title: string }>;
  const lever = Object.values(roles).find((r) => r.title.endsWith('Data Engineer'));
  expect(lever?.url).toBe(HOSTILE_PAGES.lever.url);
  // The description's <img>, <iframe> and <script> were parsed in an inert document.
  await page.waitForTimeout(300);
  expect(tracker()).toEqual([]);
  expect(await pwnLog(page)).toEqual([]);
  expect(watch.problems()).toEqual([]);
  await page.close();
});

interface Attack {
  runtime: string;
  sendMessage: string;
  connect: string;
  hostClickable: boolean;
  framed: Record<string, { readable: boolean }>;
  fetched: Record<string, string>;
}

/**
 * What chromium-privacy.spec.ts does not try: talking to the extension directly. A page script
 * (main world) that knows our id forges runtime messages, pokes our host with synthetic
 * events, posts forged payloads into our frames, frames our pages itself (the panel under
 * another tab's id, the popup, the options page) and fetches our files.
 */
test('a page script gets nothing: forged runtime messages, synthetic events, framing our pages', async () => {
  const victim = await openUrl(s, 'https://boards.greenhouse.io/northwind/jobs/4012345');
  const victimPanel = await panelFrame(s, victim);
  await expect(victimPanel.getByTestId('joblens-score')).toBeVisible();
  const victimTab = await tabIdOf(s, victim);
  const page = await openUrl(s, HOSTILE_PAGES.greenhouse.url);
  const panel = await panelFrame(s, page);
  const ownTab = await tabIdOf(s, page);
  const before = await localState(s);
  watch.clear();

  const attack = (await page.evaluate(
    async ({ id, ownTab, victimTab }) => {
      const out: Attack = {
        runtime: typeof (window as { chrome?: { runtime?: unknown } }).chrome?.runtime,
        sendMessage: 'not tried',
        connect: 'not tried',
        hostClickable: false,
        framed: {},
        fetched: {},
      };
      const forged = { joblens: 1, type: 'role/save', payload: { tabId: ownTab } };
      const c = (
        window as unknown as { chrome?: { runtime?: Record<string, (...a: unknown[]) => unknown> } }
      ).chrome;
      try {
        await c?.runtime?.sendMessage?.(id, forged);
        out.sendMessage = c?.runtime?.sendMessage ? 'sent' : 'no API';
      } catch (e) {
        out.sendMessage = `threw: ${String(e).slice(0, 80)}`;
      }
      try {
        out.connect = c?.runtime?.connect ? String(c.runtime.connect(id)) : 'no API';
      } catch (e) {
        out.connect = `threw: ${String(e).slice(0, 80)}`;
      }
      // Our content script shares this window: forged envelopes by postMessage.
      for (const type of ['role/save', 'content/panel-view', 'profile/import'])
        window.postMessage({ joblens: 1, type, payload: { tabId: ownTab, hidden: true } }, '*');
      // Synthetic events on our host, where the save button is drawn.
      const host = [...document.documentElement.children].find(
        (e) => e.tagName === 'DIV' && getComputedStyle(e).position === 'fixed',
      ) as HTMLElement;
      const box = host.getBoundingClientRect();
      const at = { clientX: box.left + 40, clientY: box.top + 300, bubbles: true, composed: true };
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
        host.dispatchEvent(new MouseEvent(type, at));
      host.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
      );
      host.click();
      out.hostClickable = document.elementFromPoint(at.clientX, at.clientY) !== host;
      // Our pages, framed by the page itself.
      const frame = (path: string) =>
        new Promise<{ readable: boolean }>((done) => {
          const f = document.createElement('iframe');
          f.src = `chrome-extension://${id}/${path}`;
          f.dataset.attack = path;
          const finish = () => {
            let readable = false;
            try {
              readable = (f.contentDocument?.body?.textContent ?? '').length > 0;
            } catch {
              readable = false;
            }
            for (const type of ['role/save', 'tab/get'])
              f.contentWindow?.postMessage({ joblens: 1, type, payload: { tabId: ownTab } }, '*');
            done({ readable });
          };
          f.onload = () => setTimeout(finish, 1500);
          document.body.append(f);
        });
      for (const path of [
        `panel.html?tab=${victimTab}`,
        `panel.html?tab=${ownTab}`,
        'popup.html',
        'options.html',
      ])
        out.framed[path] = await frame(path);
      for (const path of ['options.html', 'popup.html', 'manifest.json', 'panel.html']) {
        try {
          const r = await fetch(`chrome-extension://${id}/${path}`);
          out.fetched[path] = String(r.status);
        } catch {
          out.fetched[path] = 'blocked';
        }
      }
      return out;
    },
    { id: s.extensionId, ownTab, victimTab },
  )) as Attack;

  // No extension API in the page's world at all (no externally_connectable).
  expect(attack.runtime).toBe('undefined');
  expect(attack.sendMessage).toBe('no API');
  expect(attack.connect).toBe('no API');
  // The host is one opaque box: the page's point lookups stop at it.
  expect(attack.hostClickable).toBe(false);
  // Cross-origin frames: nothing of ours is readable, whichever page it is.
  expect(Object.values(attack.framed).every((f) => !f.readable)).toBe(true);
  // Only the panel page is web-accessible; the others do not even load in a web page.
  expect(attack.fetched['options.html']).toBe('blocked');
  expect(attack.fetched['popup.html']).toBe('blocked');
  expect(attack.fetched['manifest.json']).toBe('blocked');
  const framedTo = (path: string) =>
    page.frames().find((f) => f.parentFrame() === page.mainFrame() && f.url().includes(path));
  for (const path of ['popup.html', 'options.html']) {
    const f = framedTo(path);
    expect(f ? await f.locator('main').count() : 0, path).toBe(0);
  }
  // The panel framed under the victim tab's id: refused by the background, shows nothing of it.
  const forgedPanel = framedTo(`panel.html?tab=${victimTab}`);
  if (!forgedPanel) throw new Error('the forged panel frame did not load');
  await expect(forgedPanel.locator('.jl-error')).toContainText('another tab');
  await expect(forgedPanel.locator('body')).not.toContainText('Senior Backend Engineer');
  // Nothing was saved, hidden or imported by any of it, and our own panel is as it was.
  await page.waitForTimeout(500);
  const after = await localState(s);
  expect(savedRolesIn(after)).toEqual(savedRolesIn(before));
  expect(after.settings).toEqual(before.settings);
  expect(after.profile).toEqual(before.profile);
  await expect(panel.getByTestId('joblens-panel')).toBeVisible();
  expect(await pwnLog(page)).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  await page.close();
  await victim.close();
});

const AUDIT_PROBE = 'https://audit-probe.invalid/';
const AUDIT_TEST = 'the no-network audit fails a test whose extension page reaches out';

test(AUDIT_TEST, async () => {
  // Expected to fail, and only through the audit's soft check: nothing else here can fail
  // except the wait below, and the next test proves the audit recorded it against this test.
  test.fail();
  const options = await openExtensionPage(s, 'options.html');
  // Navigate a moment later, so this evaluate itself returns cleanly.
  await options.evaluate((url) => {
    setTimeout(() => {
      location.href = url;
    }, 50);
  }, AUDIT_PROBE);
  await expect.poll(() => s.network.seen.some((r) => r.url === AUDIT_PROBE)).toBe(true);
  await options.close();
});

test('…and it recorded that request against that test, as an extension-context leak', () => {
  const leak = s.network.leaks().find((l) => l.url === AUDIT_PROBE);
  expect(leak).toMatchObject({ origin: 'extension', test: AUDIT_TEST });
  expect(leak?.by).toContain(`${s.origin}/options.html`);
  s.network.forgive(AUDIT_PROBE);
  expect(s.network.leaks()).toEqual([]);
});
