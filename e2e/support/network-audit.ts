import { type BrowserContext, expect, type Request, test } from '@playwright/test';

export type RequestOrigin = 'extension' | 'page' | 'unknown';

export interface SeenRequest {
  url: string;
  origin: RequestOrigin;
  /** The URL of the frame or worker that made it. */
  by: string;
  /** The test running when it was made ('' between tests). */
  test: string;
}

const EXTENSION = /^chrome-extension:\/\//;

function originOf(req: Request): { origin: RequestOrigin; by: string } {
  const worker = req.serviceWorker();
  if (worker)
    return { origin: EXTENSION.test(worker.url()) ? 'extension' : 'page', by: worker.url() };
  try {
    const frameUrl = req.frame().url();
    // A navigation's frame still shows the old URL; the extension frames are ours either way.
    return {
      origin: EXTENSION.test(frameUrl) || EXTENSION.test(req.url()) ? 'extension' : 'page',
      by: frameUrl,
    };
  } catch {
    return { origin: 'unknown', by: '' };
  }
}

/** The running test's title, or null between tests (beforeAll/afterAll, teardown). */
function currentTest(): string | null {
  try {
    const info = test.info();
    return info.titlePath.slice(1).join(' › ');
  } catch {
    return null;
  }
}

/** An extension context asked for something that is not one of its own files. */
export function isExtensionLeak(r: Pick<SeenRequest, 'url' | 'origin'>): boolean {
  if (r.origin !== 'extension') return false;
  if (r.url.startsWith('data:') || r.url.startsWith('blob:')) return false;
  return !EXTENSION.test(r.url);
}

/**
 * Records every request the browser shows Playwright: the pages', the extension frames' (the
 * panel inside the page, popup and options tabs) and the service worker's. The verdict:
 * extension contexts may only load chrome-extension:// resources; pages only our fixtures.
 *
 * The no-network guarantee is enforced for EVERY Chromium test, not only those that ask:
 * an extension request to anything but chrome-extension:// fails the test that was running
 * (a soft expect, so the test still finishes and reports everything), and leaks seen outside
 * a test fail the session's close() (see launchWithExtension).
 */
export function auditNetwork(context: BrowserContext, servedUrls: () => Set<string>) {
  const seen: SeenRequest[] = [];
  const leaks: SeenRequest[] = [];
  /** Leaks the audit's own test made on purpose, once it has checked them. */
  const expected = new Set<SeenRequest>();
  const onRequest = (req: Request) => {
    const title = currentTest();
    const r: SeenRequest = { url: req.url(), ...originOf(req), test: title ?? '' };
    seen.push(r);
    if (!isExtensionLeak(r)) return;
    leaks.push(r);
    if (title !== null)
      expect
        .soft(r.url, `no-network: an extension context (${r.by}) requested ${r.url}`)
        .toMatch(EXTENSION);
  };
  context.on('request', onRequest);
  return {
    seen,
    /** Every extension-context request that was not chrome-extension:// (not forgiven). */
    leaks: (): SeenRequest[] => [...leaks],
    /** Drop leaks to this URL already reported (the audit's own test, once it has checked). */
    forgive(url: string): void {
      for (let i = leaks.length - 1; i >= 0; i--) if (leaks[i]?.url === url) leaks.splice(i, 1);
      for (const r of seen) if (r.url === url) expected.add(r);
    },
    violations(): SeenRequest[] {
      const served = servedUrls();
      return seen.filter((r) => {
        if (expected.has(r)) return false;
        if (r.url.startsWith('data:') || r.url.startsWith('blob:')) return false;
        if (r.origin === 'extension') return !EXTENSION.test(r.url);
        const u = new URL(r.url);
        u.hash = '';
        return !EXTENSION.test(r.url) && !served.has(u.toString());
      });
    },
    stop: () => context.off('request', onRequest),
  };
}
