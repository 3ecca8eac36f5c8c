import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ANALYZE_FILE, ENGINE_FILE, JOB_SCRIPT_FILE } from '../extension/content/script-file.ts';
import { type Figure, figure, type SectionResult } from './figure.ts';
import { round } from './stats.ts';

const SECTION = 'Extension: bundle sizes (dist/chrome)';

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
}

const HTML_REFS = /<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']/g;
const STATIC_IMPORT =
  /(?:\bimport|\bexport)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']([^"']+\.(?:js|mjs|css))["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/** Every file an entry loads: scripts and styles of an HTML page, static and dynamic imports of JS. */
export function filesOf(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const base = dirname(file);
    const refs = file.endsWith('.html')
      ? [...text.matchAll(HTML_REFS)].map((m) => m[1] as string)
      : file.endsWith('.js')
        ? [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map(
            (m) => m[1] as string,
          )
        : [];
    for (const ref of refs) {
      if (/^[a-z-]+:/i.test(ref)) continue;
      visit(ref.startsWith('/') ? join(dist, ref) : resolve(base, ref));
    }
  };
  visit(join(dist, entry));
  return [...seen];
}

function sizes(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw: raw / 1024, gzip: gzip / 1024 };
}

/**
 * Every file of each entry. The content script is the manifest's stub on a career site's job
 * URLs, the engine it imports by URL (runtime.getURL, which no import statement names), and
 * what the background injects (the engine on an in-page route, the engine and analyze.js on
 * "Analyze this page"). The budget counts them all, with whatever they import: the most a page
 * can load. The panel frame is reported on its own.
 */
export function entriesOf(dist: string): Record<string, string[]> {
  const m = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const roots = (list: string[]) => list.flatMap((e) => filesOf(dist, e));
  const uniq = (xs: string[]) => [...new Set(xs)];
  const injected = uniq(
    roots((m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])),
  );
  return {
    content: uniq([
      ...injected,
      ...filesOf(dist, ENGINE_FILE.built),
      ...filesOf(dist, ANALYZE_FILE.built),
    ]),
    'content-stub': filesOf(dist, JOB_SCRIPT_FILE.built),
    background: uniq(
      roots([m.background?.service_worker ?? '', ...(m.background?.scripts ?? [])].filter(Boolean)),
    ),
    popup: m.action?.default_popup ? filesOf(dist, m.action.default_popup) : [],
    options: m.options_ui?.page ? filesOf(dist, m.options_ui.page) : [],
    panel: existsSync(join(dist, 'panel.html')) ? filesOf(dist, 'panel.html') : [],
  };
}

const WHAT: Record<string, string> = {
  content: 'content scripts, all a career-site page can load (the stub, the engine, analyze.js)',
  'content-stub': '… of which the manifest’s stub (a career site’s job URLs)',
  background: 'background service worker',
  popup: 'popup',
  options: 'options page',
  panel: 'panel frame (on every posting)',
};

export function runBundle(dist: string): SectionResult & { contentGzipKb: number } {
  const figures: Figure[] = [];
  const rows: Array<Array<string | number>> = [];
  let contentGzipKb = 0;
  for (const [name, files] of Object.entries(entriesOf(dist))) {
    const s = sizes(files);
    if (name === 'content') contentGzipKb = s.gzip;
    figures.push(
      figure(
        SECTION,
        `ext.bundle.${name}.gzip`,
        `${WHAT[name]}: gzip, ${files.length} file(s), ${round(s.raw, 1)} KB raw`,
        round(s.gzip, 1),
        'KB',
      ),
    );
    rows.push([
      name,
      files.map((f) => f.slice(dist.length + 1)).join(', '),
      round(s.raw, 1),
      round(s.gzip, 1),
    ]);
  }
  return {
    figures,
    tables: [
      { title: 'Bundle files per entry (KB)', columns: ['entry', 'files', 'raw', 'gzip'], rows },
    ],
    contentGzipKb,
  };
}
