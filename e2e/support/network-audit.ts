import type { BrowserContext, Request } from '@playwright/test';

export type RequestOrigin = 'extension' | 'page' | 'unknown';

export interface SeenRequest {
  url: string;
  origin: RequestOrigin;
  /** The URL of the frame or worker that made it. */
  by: string;
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

/**
 * Records every request the browser shows Playwright: the pages', the extension frames' (the
 * panel inside the page, popup and options tabs) and the service worker's. The verdict:
 * extension contexts may only load chrome-extension:// resources; pages only our fixtures.
 */
export function auditNetwork(context: BrowserContext, servedUrls: () => Set<string>) {
  const seen: SeenRequest[] = [];
  const onRequest = (req: Request) => seen.push({ url: req.url(), ...originOf(req) });
  context.on('request', onRequest);
  return {
    seen,
    violations(): SeenRequest[] {
      const served = servedUrls();
      return seen.filter((r) => {
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
