import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { onSupportedHost } from '../src/sites/site-urls.ts';
import {
  activeTabId,
  clickToolbarButton,
  type ExtensionSession,
  launchWithExtension,
  openExtensionPage,
  sessionState,
} from './support/chromium.ts';
import { ROOT } from './support/paths.ts';

/**
 * The real saved career-site pages of ../shared/realpages (never copied here), each served
 * under its real URL as the extension meets it: what the background records for the tab is
 * what the page's label says (a posting or not, its pay exactly, the skills it must find).
 */
const DIR = process.env.JOBLENS_REALPAGES ?? resolve(ROOT, '..', 'shared', 'realpages');

interface Label {
  url: string;
  is_posting: boolean;
  salary: { min: number | null; max: number | null; currency: string; period: string }[];
  skills_must_find: string[];
}
interface Recorded {
  key: string | null;
  posting: {
    isPosting: boolean;
    salary: { min: number | null; max: number | null; currency: string; period: string }[];
    skills: { name: string }[];
  } | null;
}

const pages = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => ({
        name: f.replace(/\.html$/, ''),
        html: readFileSync(join(DIR, f), 'utf8'),
        label: JSON.parse(
          readFileSync(join(DIR, f.replace(/\.html$/, '.label.json')), 'utf8'),
        ) as Label,
      }))
  : [];

test.skip(pages.length === 0, `no real pages at ${DIR} (set JOBLENS_REALPAGES)`);

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension({
    extraPages: pages.map((p) => ({ url: p.label.url, html: p.html })),
  });
});
test.afterAll(async () => {
  // The pages' own requests (their scripts and styles) are refused, as no fixture answers
  // them; what must never happen is a request from the extension.
  expect(s.network.leaks()).toEqual([]);
  await s?.close();
});

for (const p of pages) {
  test(`${p.name}: as its label says`, async () => {
    const page = await s.context.newPage();
    await page.goto(p.label.url);
    const tabId = await activeTabId(s, page);
    const recorded = async () =>
      ((await sessionState(s))[`tab:${tabId}`] as Recorded | undefined) ?? null;
    // Off the career sites JobLens runs when asked: the toolbar button (which grants
    // activeTab), then "Analyze this page" in the popup.
    if (!onSupportedHost(new URL(p.label.url))) {
      await clickToolbarButton(s, page);
      const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
      await popup.getByTestId('joblens-analyze').click();
      await popup.close();
    }
    if (p.label.is_posting) {
      // The same ranges, in any order (tiers have none the label insists on); polled, as a
      // page that renders after load is recorded again once it has.
      const ranges = (list: Label['salary']) =>
        list
          .map(({ min, max, currency, period }) => ({ min, max, currency, period }))
          .sort((a, b) => (a.min ?? 0) - (b.min ?? 0) || (a.max ?? 0) - (b.max ?? 0));
      const shown = async () => {
        const r = await recorded();
        if (!r?.key || !r.posting) return null;
        const names = new Set(r.posting.skills.map((k) => k.name.toLowerCase()));
        return {
          salary: ranges(r.posting.salary),
          missing: p.label.skills_must_find.filter((k) => !names.has(k.toLowerCase())),
        };
      };
      await expect
        .poll(shown, { timeout: 20_000 })
        .toEqual({ salary: ranges(p.label.salary), missing: [] });
    } else {
      // Past the background's look and the content script's schedule: nothing recorded as a posting.
      await page.waitForTimeout(4000);
      expect((await recorded())?.key ?? null).toBeNull();
    }
    await page.close();
  });
}
