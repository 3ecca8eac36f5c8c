import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatPay } from '../src/format/money.ts';
import type { PayPeriod } from '../src/schema/salary.ts';
import { type FirefoxSession, firefoxPanel, launchFirefox } from './support/firefox.ts';
import { ROOT } from './support/paths.ts';

/**
 * A sample of ../shared/realpages in Firefox (the whole set runs in Chromium,
 * chromium-realpages.spec.ts): one page of each career site with pay, under its real URL; the
 * panel shows each range the label states.
 */
const DIR = process.env.JOBLENS_REALPAGES ?? resolve(ROOT, '..', 'shared', 'realpages');
const SAMPLE = [
  'greenhouse_sonatus-senior-staff-ai-engineer',
  'lever_palantir-forward-deployed-swe',
  'linkedin_textnow-backend-developer-fragment',
  'workday_autodesk-industry-strategy-manager',
];

interface Label {
  url: string;
  salary: { min: number | null; max: number | null; currency: string; period: PayPeriod }[];
}
const pages = SAMPLE.filter((name) => existsSync(join(DIR, `${name}.html`))).map((name) => ({
  name,
  html: readFileSync(join(DIR, `${name}.html`), 'utf8'),
  label: JSON.parse(readFileSync(join(DIR, `${name}.label.json`), 'utf8')) as Label,
}));

test.describe.configure({ mode: 'serial' });
test.skip(pages.length === 0, `no real pages at ${DIR} (set JOBLENS_REALPAGES)`);

let ff: FirefoxSession;
test.beforeAll(async () => {
  ff = await launchFirefox(pages.map((p) => ({ url: p.label.url, html: p.html })));
});
test.afterAll(async () => {
  await ff?.close();
});

for (const p of pages) {
  test(`Firefox: ${p.name} shows the pay its label states`, async () => {
    const page = await ff.newPage();
    await page.goto(p.label.url);
    const panel = await firefoxPanel(page);
    const salary = await panel.waitForFunction(
      (n: number) => {
        const box = document.querySelector('[data-testid="joblens-salary"]');
        return box && box.querySelectorAll('[data-testid="joblens-pay"]').length >= n
          ? box.textContent
          : null;
      },
      { timeout: 15_000, polling: 200 },
      p.label.salary.length,
    );
    const text = String(await salary.jsonValue());
    for (const r of p.label.salary)
      expect(text).toContain(formatPay(r.min, r.max, r.currency, r.period));
    await page.close();
  });
}
