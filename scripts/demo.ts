/**
 * `npm start`: the extension on the seed postings.
 *
 * Builds the extension if needed, serves seeds/*.txt as Greenhouse/Lever-style pages under
 * real-looking URLs (Playwright routes; nothing touches the network), launches Chromium with
 * the extension and imports seeds/sample-profile.json through the extension's own options page.
 * With a display (DISPLAY set, CI unset) the browser stays open to explore. Otherwise it visits
 * each page, prints page / detected / salary / score, writes screenshots to out/demo/, exits 0.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  type ExtensionSession,
  importProfile,
  launchWithExtension,
  openExtensionPage,
  panelFrame,
  sessionState,
} from '../e2e/support/chromium.ts';
import { formatAnnual, formatSalaryRange } from '../src/format/salary-format.ts';
import type { Match } from '../src/schema/match.ts';
import type { Posting } from '../src/schema/posting.ts';
import { ensureBuild, ROOT } from './ensure-build.ts';
import { type SeedPage, seedPage } from './seed-pages.ts';

const OUT = join(ROOT, 'out', 'demo');
const PROFILE = join(ROOT, 'seeds', 'sample-profile.json');
const FALLBACK_PROFILE = join(ROOT, 'e2e', 'fixtures', 'profile.json');

function seedPages(): SeedPage[] {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => seedPage(i, basename(f, '.txt'), readFileSync(join(dir, f), 'utf8')));
}

interface Row {
  page: string;
  url: string;
  detected: string;
  salary: string;
  score: string;
}

function salaryText(p: Posting | null): string {
  const r = p?.salary[0];
  if (!r) return '—';
  const annual = formatAnnual(r);
  const more = p.salary.length > 1 ? ` (+${p.salary.length - 1} more)` : '';
  return `${formatSalaryRange(r)}${annual ? ` ≈ ${annual}` : ''}${more}`;
}

async function visit(s: ExtensionSession, seed: SeedPage): Promise<Row> {
  const page = await s.context.newPage();
  await page.goto(seed.url);
  let tabId: number | null = null;
  try {
    const frame = await panelFrame(s, page, 15_000);
    tabId = Number(new URL(frame.url()).searchParams.get('tab'));
    await frame.getByTestId('joblens-salary').waitFor({ timeout: 5_000 });
    await page.waitForTimeout(400); // let the last late re-check settle before the screenshot
    await page.screenshot({ path: join(OUT, `${seed.name}-page.png`) });
  } catch {
    await page.screenshot({ path: join(OUT, `${seed.name}-page.png`) });
  }
  const state =
    tabId === null
      ? undefined
      : ((await sessionState(s))[`tab:${tabId}`] as
          | { posting: Posting | null; match: Match | null }
          | undefined);
  if (tabId !== null) await screenshotPopup(s, tabId, seed.name);
  await page.close();
  return {
    page: seed.name,
    url: seed.url,
    detected: state?.posting?.isPosting ? 'yes' : 'no',
    salary: salaryText(state?.posting ?? null),
    score: state?.match ? String(state.match.score) : '—',
  };
}

async function screenshotPopup(s: ExtensionSession, tabId: number, name: string): Promise<void> {
  const popup: Page = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup
    .getByTestId('joblens-popup-posting')
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  await popup.screenshot({ path: join(OUT, `${name}-popup.png`), fullPage: true });
  await popup.close();
}

function printTable(rows: Row[]): void {
  const cols: (keyof Row)[] = ['page', 'detected', 'salary', 'score'];
  const width = (c: keyof Row) => Math.max(c.length, ...rows.map((r) => r[c].length));
  const line = (r: Record<keyof Row, string>) => cols.map((c) => r[c].padEnd(width(c))).join('  ');
  console.log(
    line({ page: 'page', url: '', detected: 'detected', salary: 'salary', score: 'score' }),
  );
  console.log(cols.map((c) => '-'.repeat(width(c))).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const interactive = Boolean(process.env.DISPLAY) && !process.env.CI;
  ensureBuild();
  mkdirSync(OUT, { recursive: true });
  const seeds = seedPages();
  const profile = existsSync(PROFILE) ? PROFILE : FALLBACK_PROFILE;
  if (profile !== PROFILE)
    console.log(`seeds/sample-profile.json not found: using ${FALLBACK_PROFILE}`);

  const s = await launchWithExtension({ extraPages: seeds, headless: !interactive });
  const options = await importProfile(s, resolve(profile));
  console.log(`Profile imported through the options page: ${profile}`);

  if (interactive) {
    await options.bringToFront();
    for (const seed of seeds) await (await s.context.newPage()).goto(seed.url);
    console.log('Browser open with the seed postings (one per tab). Close it to end the demo.');
    await new Promise<void>((done) => s.context.on('close', () => done()));
    return;
  }

  await options.close();
  const rows: Row[] = [];
  for (const seed of seeds) rows.push(await visit(s, seed));
  printTable(rows);
  for (const r of rows) console.log(`  ${r.page}: ${r.url}`);
  const leaks = s.network.violations();
  console.log(
    leaks.length === 0
      ? 'Network: no request left the browser.'
      : `Network: UNEXPECTED requests: ${leaks.map((l) => l.url).join(', ')}`,
  );
  console.log(`Screenshots: ${OUT}`);
  await s.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
