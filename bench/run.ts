/**
 * `npm run bench [-- --check] [--corpus DIR] [--only a,b] [--no-build]`: measures the parser in
 * Node and the built extension in Chromium, writes bench/results.json and bench/RESULTS.md,
 * and with --check exits 1 when a budget is broken or a measurement failed.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { importProfile } from '../e2e/support/chromium.ts';
import { parseArgs, ROOT, type SectionName } from './args.ts';
import { contentBreakdown } from './bundle-breakdown.ts';
import { runBundle } from './extension-bundle.ts';
import { runContent } from './extension-content.ts';
import { runOptions } from './extension-options.ts';
import { runPopup } from './extension-popup.ts';
import { type Browsers, launchBrowsers, prepareDist } from './extension-session.ts';
import { runSpa } from './extension-spa.ts';
import { runFamilyScaling } from './family-scaling.ts';
import { type Figure, failed, type SectionResult, unavailable } from './figure.ts';
import { runHotspots } from './hotspots.ts';
import { runParserSpeed } from './parser-speed.ts';
import { runPeer } from './peer.ts';
import { formatValue, type Report, writeReport } from './report.ts';
import { runScaling } from './scaling.ts';

const args = parseArgs(process.argv.slice(2));
const started = performance.now();
const report: Report = {
  meta: {
    generatedAt: new Date().toISOString(),
    commit: commit(),
    node: process.version,
    cpu: cpus()[0]?.model ?? '?',
    cores: cpus().length,
    chromium: null,
    seconds: 0,
    notes: [],
  },
  figures: [],
  tables: [],
};
const log = (m: string) => console.error(`[bench] ${m}`);

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

function add(name: string, r: SectionResult): void {
  report.figures.push(...r.figures);
  const section = r.section ?? r.figures[0]?.section ?? name;
  for (const t of r.tables ?? []) report.tables.push({ ...t, section });
}

/** Runs one concern unless --only left it out; a crash becomes an error figure, not a dead run. */
async function section(
  name: SectionName,
  fn: () => SectionResult | Promise<SectionResult>,
): Promise<void> {
  if (!args.only.has(name)) return;
  const t = performance.now();
  log(`${name}…`);
  try {
    add(name, await fn());
  } catch (err) {
    add(name, {
      figures: [
        unavailable(
          'Bench failures',
          `bench.${name}`,
          `${name} benchmarks`,
          '',
          `crashed: ${String(err).slice(0, 300)}`,
          'error',
        ),
      ],
    });
  }
  log(`${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

function skipAll(names: SectionName[], reason: string): void {
  for (const n of names.filter((x) => args.only.has(x))) {
    add(n, {
      figures: [unavailable('Bench failures', `bench.${n}`, `${n} benchmarks`, '', reason)],
    });
  }
}

await section('parser', runParserSpeed);
await section('scaling', runScaling);
await section('families', runFamilyScaling);
await section('peer', () => runPeer(args.corpus));
await section('hotspots', () => runHotspots());

const browserSections: SectionName[] = ['content', 'spa', 'popup', 'options'];
if ([...browserSections, 'bundle'].some((n) => args.only.has(n as SectionName))) {
  let dist: ReturnType<typeof prepareDist> | null = null;
  try {
    dist = prepareDist(args.build, log);
    if (dist.note) report.meta.notes.push(dist.note);
  } catch (err) {
    skipAll([...browserSections, 'bundle'], `no extension build: ${String(err).slice(0, 200)}`);
  }
  if (dist) {
    const d = dist;
    await section('bundle', async () => {
      const r = runBundle(d.dist);
      return {
        figures: r.figures,
        tables: [...(r.tables ?? []), await contentBreakdown(r.contentGzipKb)],
      };
    });
    let browsers: Browsers | null = null;
    if (browserSections.some((n) => args.only.has(n))) {
      try {
        browsers = await launchBrowsers(d.dist);
        report.meta.chromium = (
          await browsers.ext.worker.evaluate(() => navigator.userAgent)
        ).replace(/^.*Chrome\/([\d.]+).*$/, '$1');
        // A user with a profile: the panel and popup show a score, as they would for real.
        await (await importProfile(browsers.ext)).close();
      } catch (err) {
        skipAll(
          browserSections,
          `Chromium with the extension did not start: ${String(err).slice(0, 200)}`,
        );
      }
    }
    if (browsers) {
      const b = browsers;
      await section('content', () => runContent(b));
      await section('spa', () => runSpa(b));
      await section('popup', () => runPopup(b));
      // Last: it fills storage with 10,000 roles.
      await section('options', () => runOptions(b));
      await b.close();
    }
    d.cleanup();
  }
}

report.meta.seconds = (performance.now() - started) / 1000;
const files = writeReport(report);
const bad = report.figures.filter(failed);
for (const f of report.figures.filter(
  (x) => x.budget || x.status === 'error' || x.status === 'n/a',
)) {
  console.log(
    `${f.status.padEnd(5)} ${formatValue(f.value, f.unit).padStart(12)}  ${f.id}${f.note && f.status !== 'info' ? `  (${f.note})` : ''}`,
  );
}
console.log(
  `\nwrote ${files.md} and ${files.json} in ${report.meta.seconds.toFixed(0)} s; ${bad.length} figure(s) over budget or failed`,
);
if (args.check && bad.length > 0) {
  console.error(`--check: ${bad.map((f: Figure) => f.id).join(', ')}`);
  process.exitCode = 1;
}
