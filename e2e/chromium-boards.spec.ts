import { expect, test } from '@playwright/test';
import {
  type ExtensionSession,
  launchWithExtension,
  openSite,
  panelFrame,
} from './support/chromium.ts';
import type { PageName } from './support/sites.ts';

/**
 * The career sites added in issue 21, each served under a real job URL: the panel shows the
 * posting's title and its own pay (never another job card's), as src/sites/job-board-pages.test.ts
 * reads the same pages.
 */
const BOARDS: [PageName, string, string][] = [
  ['indeedSearch', 'Clinical Data Analyst', '$31.20–$42.60 / hr · USD'],
  ['glassdoor', 'Hydrologist', '$78K–$96K / yr · USD'],
  ['ziprecruiter', 'Pastry Cook', '$19–$23 / hr · USD'],
  ['dice', 'Site Reliability Engineer', '$68–$74 / hr · USD'],
  ['wellfound', 'Founding Backend Engineer', '$135K–$165K / yr · USD'],
  ['builtin', 'Staff Data Engineer', '$165K–$195K / yr · USD'],
  ['stepstone', 'Betriebselektroniker (m/w/d)', '€48K–€56K / yr · EUR'],
  ['personio', 'Backend Developer Kotlin (m/f/d)', '€62K–€74K / yr · EUR'],
  ['teamtailor', 'Product Designer', '46K–54K / mo · SEK'],
  ['recruitee', 'Customer Support Specialist (Dutch speaking)', '€2,900–€3,400 / mo · EUR'],
  ['bamboohr', 'Field Service Technician', '$27.50–$34.00 / hr · USD'],
];

let s: ExtensionSession;
test.beforeAll(async () => {
  s = await launchWithExtension();
});
test.afterAll(async () => {
  expect(s.network.violations()).toEqual([]);
  await s.close();
});

for (const [name, title, pay] of BOARDS) {
  test(`${name}: the posting's title and its own pay in the panel`, async () => {
    const page = await openSite(s, name);
    const panel = await panelFrame(s, page);
    await expect(panel.getByRole('heading', { name: title })).toBeVisible();
    await expect(panel.getByTestId('joblens-salary')).toContainText(pay);
    // Its own pay only: no card's pay beside it.
    await expect(panel.getByTestId('joblens-pay')).toHaveCount(1);
    await page.close();
  });
}
