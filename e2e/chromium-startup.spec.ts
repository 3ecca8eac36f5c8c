import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { barText } from './support/panel-bar.ts';
import { chromiumPath, DIST_CHROME, FIXTURES } from './support/paths.ts';

/**
 * The browser's first tabs: a job page restored with the session loads while the extension's
 * service worker is still starting, so its "load complete" event reaches no listener. A real
 * HTTP server answers for the career site's host (the browser resolves it to this machine), as
 * no route can be set before the browser's first page loads.
 */
let server: Server;
let port = 0;
test.beforeAll(async () => {
  const html = readFileSync(resolve(FIXTURES, 'greenhouse-posting.html'), 'utf8');
  server = createServer((req, res) => {
    if (req.url?.startsWith('/northwind/jobs/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

const launch = (dir: string, restore: boolean) =>
  chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${DIST_CHROME}`,
      `--load-extension=${DIST_CHROME}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--host-resolver-rules=MAP boards.greenhouse.io 127.0.0.1:${port}`,
      ...(restore ? ['--restore-last-session'] : []),
    ],
  });

test('a job page restored when the browser starts is enriched, with no reload', async () => {
  const url = 'http://boards.greenhouse.io/northwind/jobs/4012345';
  const dir = mkdtempSync(join(tmpdir(), 'joblens-startup-'));
  try {
    const first = await launch(dir, false);
    // A fresh browser: the page loads while the worker installs (and opens its setup tab).
    const tab = await first.newPage();
    await tab.goto(url);
    await expect.poll(() => barText(tab), { timeout: 20_000 }).toContain('JobLens');
    await first.close();

    // The browser starts again and restores the tab while the extension's worker starts.
    const again = await launch(dir, true);
    try {
      const page =
        again.pages().find((p) => p.url().startsWith(url)) ??
        (await again.waitForEvent('page', { predicate: (p) => p.url().startsWith(url) }));
      await page.waitForLoadState('load');
      await expect.poll(() => barText(page), { timeout: 20_000 }).toContain('JobLens');
    } finally {
      await again.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
