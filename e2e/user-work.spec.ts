import { expect, type Page, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoAxeViolationsInFrame,
  openOptions,
  storedRoles,
} from './fixtures/options/support.ts';
import {
  type ExtensionSession,
  extensionWorlds,
  importProfile,
  launchWithExtension,
  localState,
  openExtensionPage,
  openSite,
  panelFrame,
  tabIdOf,
} from './support/chromium.ts';
import { openToolbarPopup } from './support/toolbar-popup.ts';

/** Nothing a user wrote is lost; nothing leaves the machine unless the user asks. */
test.describe.configure({ mode: 'serial' });

const GREENHOUSE = 'greenhouse:4012345';
const LEVER = 'lever:8c1f0b1e-2d3a-4f5b-9c6d-7e8f9a0b1c2d';

interface StoredRole {
  stage: string;
  note: string;
  savedAt: number;
}

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension();
  await (await importProfile(s)).close();
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

const role = async (key: string) => (await storedRoles(s))[key] as StoredRole | undefined;
const syncState = () => s.worker.evaluate(() => chrome.storage.sync.get(null));

test('a note typed in the toolbar popup is kept when the popup closes, with no blur first', async () => {
  const page = await openSite(s, 'greenhouse');
  const panel = await panelFrame(s, page);
  await panel.getByTestId('joblens-save').click();
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');

  const popup = await openToolbarPopup(s, page);
  const note = `document.querySelector('[data-testid="joblens-note"]')`;
  await expect.poll(() => popup.evaluate<boolean>(`!!${note}`)).toBe(true);
  await popup.evaluate(`${note}.focus()`);
  await popup.type('Call back on Friday');
  // Closed at once, as the browser closes a popup when the user clicks elsewhere.
  await popup.close();
  await expect.poll(async () => (await role(GREENHOUSE))?.note).toBe('Call back on Friday');

  // Typing shows that it is saved, without leaving the field.
  const again = await openToolbarPopup(s, page);
  const status = `document.querySelector('[data-testid="joblens-note-status"]')`;
  await expect
    .poll(() => again.evaluate<string>(`${note}?.value ?? ''`))
    .toBe('Call back on Friday');
  await again.evaluate(`${note}.focus()`);
  await again.type('!');
  await expect.poll(() => again.evaluate<string>(`${status}.textContent`)).toBe('Saved');
  expect(await again.evaluate<boolean>(`document.activeElement === ${note}`)).toBe(true);
  expect((await role(GREENHOUSE))?.note).toBe('Call back on Friday!');
  await again.close();
  await page.close();
});

test('saving is not a toggle; Remove is its own action, and Undo brings back stage and note', async () => {
  const page = await openSite(s, 'greenhouse');
  const tabId = await tabIdOf(s, page);
  const panel = await panelFrame(s, page);
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  await panel.getByTestId('joblens-stage').selectOption('interviewing');
  await expect.poll(async () => (await role(GREENHOUSE))?.stage).toBe('interviewing');
  const before = await role(GREENHOUSE);
  expect(before?.note).toBe('Call back on Friday!');

  // A second click on "Saved ✓" (panel and popup) changes nothing. (It is aria-disabled, which
  // Playwright would wait on; a user's click still lands, so the click is forced.)
  await panel.getByTestId('joblens-save').click({ force: true });
  const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await popup.getByTestId('joblens-save').click({ force: true });
  await expect(popup.getByTestId('joblens-save')).toHaveText('Saved ✓');
  await page.waitForTimeout(300);
  expect(await role(GREENHOUSE)).toEqual(before);
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');

  // Remove, then Undo: the same role, stage and note included.
  await panel.getByTestId('joblens-remove').click();
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'false');
  expect(await role(GREENHOUSE)).toBeUndefined();
  await expect(panel.getByTestId('joblens-undo')).toContainText('Removed from your list');
  await expect(popup.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'false');
  await panel.getByTestId('joblens-undo-button').click();
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  await expect(panel.getByTestId('joblens-stage')).toHaveValue('interviewing');
  expect(await role(GREENHOUSE)).toEqual(before);
  await expect(popup.getByTestId('joblens-note')).toHaveValue('Call back on Friday!');
  await expectNoAxeViolations(popup, 'popup with a saved role');
  await popup.close();
  // The panel in its frame: the basis line, then axe in light and dark; dark really is dark.
  await expect(panel.getByTestId('joblens-score-basis')).toContainText('skills');
  await expectNoAxeViolationsInFrame(page, panel, 'panel with pay tiers, bars and a saved role');
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(27, 30, 36)');
  await page.emulateMedia({ colorScheme: null });
  await page.close();
});

test('a note typed in the options table is kept when the page closes right away', async () => {
  const page = await openSite(s, 'lever');
  const panel = await panelFrame(s, page);
  await panel.getByTestId('joblens-save').click();
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  await page.close();

  const options = await openOptions(s);
  const row = options.locator(`[data-testid="joblens-role-row"][data-key="${LEVER}"]`);
  await row.getByTestId('joblens-role-note').click();
  await options.keyboard.type('Referral from a former colleague');
  await options.close();
  await expect.poll(async () => (await role(LEVER))?.note).toBe('Referral from a former colleague');
});

test('the profile stays in this browser; sync is an explained opt-in that can be undone', async () => {
  const local = await localState(s);
  expect((local.profile as { skills: unknown[] }).skills.length).toBeGreaterThan(0);
  expect(await syncState()).toEqual({});

  const options = await openExtensionPage(s, 'options.html#profile');
  const toggle = options.getByTestId('joblens-sync-toggle');
  await expect(toggle).not.toBeChecked();
  await expect(options.getByTestId('joblens-sync-choice')).toContainText('this browser only');
  await expectNoAxeViolations(options, 'options, profile with the sync choice');

  await toggle.check();
  await expect.poll(async () => (await syncState()).profile).toEqual(local.profile);
  await expect(toggle).toBeChecked();

  await toggle.uncheck();
  await expect.poll(syncState).toEqual({});
  await expect(toggle).not.toBeChecked();
  expect((await localState(s)).profile).toEqual(local.profile);
  await options.close();
});

test('the panel keeps its header, with the score and Save, in view while its body scrolls', async () => {
  const page = await openSite(s, 'ashby');
  const panel = await panelFrame(s, page);
  await page.setViewportSize({ width: 1280, height: 340 });
  const body = panel.locator('.jl-body');
  await expect.poll(() => body.evaluate((b) => b.scrollHeight > b.clientHeight)).toBe(true);
  await body.evaluate((b) => b.scrollTo(0, b.scrollHeight));
  expect(await body.evaluate((b) => b.scrollTop)).toBeGreaterThan(0);
  const save = panel.getByTestId('joblens-header-save');
  await expect(save).toBeInViewport();
  await expect(save).toHaveText('Save');
  await save.click();
  await expect(save).toHaveText('Saved ✓');
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  // Not a toggle here either: a second click keeps the role.
  await save.click({ force: true });
  await page.waitForTimeout(300);
  await expect(panel.getByTestId('joblens-save')).toHaveAttribute('data-saved', 'true');
  await page.close();
});

test('the open panel fits its content, and at most the viewport', async () => {
  const hostHeight = (page: Page) =>
    page.evaluate(() => {
      const host = [...document.documentElement.children].find(
        (e) => (e as HTMLElement).style?.zIndex === '2147483646',
      );
      return Math.round(host?.getBoundingClientRect().height ?? 0);
    });
  // On a tall viewport the whole panel shows: the host is as tall as header and content.
  const short = await openSite(s, 'lever');
  const panel = await panelFrame(s, short);
  const body = panel.locator('.jl-body');
  await expect
    .poll(async () => hostHeight(short))
    .toBe(await body.evaluate((b) => Math.round(b.scrollHeight + 48)));
  expect(await body.evaluate((b) => b.scrollHeight <= b.clientHeight)).toBe(true);
  // A long one stops at the viewport less the margin, and scrolls inside.
  await short.setViewportSize({ width: 1280, height: 520 });
  await expect.poll(() => hostHeight(short)).toBe(520 - 96);
  await expect.poll(() => body.evaluate((b) => b.scrollHeight > b.clientHeight)).toBe(true);
  // The body scrolls, the header stays: the document itself never does.
  expect(await body.evaluate(() => document.scrollingElement?.scrollHeight)).toBe(520 - 96);
  await short.close();
  // The same where the content script draws the panel (a posting rendered after load).
  const later = await openSite(s, 'ashby');
  const laterBody = (await panelFrame(s, later)).locator('.jl-body');
  expect(await extensionWorlds(s, later)).toBe(1);
  await expect
    .poll(async () => hostHeight(later))
    .toBe(await laterBody.evaluate((b) => Math.round(b.scrollHeight + 48)));
  await later.close();
});
