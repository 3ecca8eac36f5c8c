import { expect, test } from '@playwright/test';
import {
  type ExtensionSession,
  importProfile,
  launchWithExtension,
  openExtensionPage,
  openSite,
  panelFrame,
  stopServiceWorker,
  tabIdOf,
} from './support/chromium.ts';

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension();
  await (await importProfile(s)).close();
});
test.afterAll(async () => {
  await s.close();
});

test('a stopped service worker comes back knowing every tab (storage.session)', async () => {
  const page = await openSite(s, 'greenhouse');
  const tabId = await tabIdOf(s, page);
  const before = await (await panelFrame(s, page)).getByTestId('joblens-score').textContent();

  await s.worker.evaluate(() => {
    (globalThis as unknown as { marker: number }).marker = 1;
  });
  await stopServiceWorker(s, page);
  // The panel's change feed reconnects at once, which starts a fresh worker: its global scope
  // no longer has the marker (the worker handle follows the restarted worker).
  await expect
    .poll(() =>
      s.worker
        .evaluate(() => (globalThis as unknown as { marker?: number }).marker ?? 'fresh')
        .catch(() => 'gone'),
    )
    .toBe('fresh');

  // The popup wakes the worker; it answers from what it stored, without a new report.
  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await expect(popup.getByRole('heading', { name: 'Senior Backend Engineer' })).toBeVisible();
  await expect(popup.getByTestId('joblens-score')).toHaveText(before ?? '');
  await popup.getByTestId('joblens-save').click();
  await expect(popup.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  // The panel reconnected to the new worker's change feed and shows the save.
  await expect((await panelFrame(s, page)).getByTestId('joblens-save')).toHaveAttribute(
    'data-saved',
    'true',
  );
  await popup.close();
  await page.close();
});
