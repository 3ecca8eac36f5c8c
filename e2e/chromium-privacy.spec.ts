import { expect, test } from '@playwright/test';
import { originPatterns } from '../extension/manifest.config.ts';
import { CONTENT_SCRIPT_MATCHES } from '../src/sites/site-urls.ts';
import {
  type ExtensionSession,
  importProfile,
  launchWithExtension,
  openSite,
  panelFrame,
} from './support/chromium.ts';

test.describe.configure({ mode: 'serial' });

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension();
  await (await importProfile(s)).close();
});
test.afterAll(async () => {
  await s.close();
});

interface Probe {
  hostFound: boolean;
  openShadowRoots: number;
  shadowRootReadable: boolean;
  iframesInDom: number;
  frames: number;
  frameDocsReadable: number;
  frameUrlsReadable: number;
  messagesReceived: number;
  leakedText: string[];
  runtime: boolean;
}

test('a page script cannot read the profile or the match', async () => {
  const page = await openSite(s, 'probe');
  const panel = await panelFrame(s, page);
  await expect(panel.getByTestId('joblens-score')).toBeVisible();
  await expect(panel.locator('[data-testid="joblens-skill"]', { hasText: 'Go' })).toHaveCount(1);
  const probe = (await page.evaluate(
    () => (window as unknown as { __joblensProbe: Promise<unknown> }).__joblensProbe,
  )) as Probe;
  expect(probe.hostFound).toBe(true); // it did find our element…
  expect(probe).toEqual({
    hostFound: true,
    openShadowRoots: 0,
    shadowRootReadable: false, // …but the shadow root is closed,
    iframesInDom: 0, // the iframe is not in its DOM,
    frames: 0, // an iframe in a shadow tree is not even in window.frames,
    frameDocsReadable: 0, // (and were it reachable, it is cross-origin)
    frameUrlsReadable: 0,
    messagesReceived: 0, // the panel answers no postMessage,
    leakedText: [], // and nothing of the profile or match is in the page.
    runtime: false,
  });
  await page.close();
});

test('no network: the extension only loads its own files, and cannot fetch', async () => {
  // Drive every surface once, then audit what was requested.
  const page = await openSite(s, 'greenhouse');
  await panelFrame(s, page);
  // Not even to a career site it has host access to (which would send the user's cookies).
  const blocked = await s.worker.evaluate(async () => {
    const refused = async (url: string) => {
      try {
        await fetch(url, { credentials: 'include' });
        return false;
      } catch {
        return true;
      }
    };
    return [
      await refused('https://tracker.invalid/collect'),
      await refused('https://www.linkedin.com/jobs/search/?keywords=engineer'),
    ];
  });
  expect(blocked).toEqual([true, true]);
  const manifest = await s.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'none'");
  expect(manifest.permissions.sort()).toEqual([
    'activeTab',
    'scripting',
    'storage',
    'unlimitedStorage',
  ]);
  // Host access only to the career sites' origins (the background reads their job pages).
  expect([...(manifest.host_permissions ?? [])].sort()).toEqual(
    originPatterns(CONTENT_SCRIPT_MATCHES).sort(),
  );
  // The audit itself catches a request that is not ours: a page request to an unrouted host.
  await page.evaluate(() => fetch('https://not-a-fixture.invalid/x').catch(() => undefined));
  await expect
    .poll(() => s.network.violations().map((v) => v.url))
    .toEqual(['https://not-a-fixture.invalid/x']);
  const fromExtension = s.network.seen.filter((r) => r.origin === 'extension');
  expect(fromExtension.length).toBeGreaterThan(0);
  expect(fromExtension.filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
  await page.close();
});
