import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { ENGINE_FILE, JOB_SCRIPT_FILE } from '../extension/content/script-file.ts';
import { ROOT } from './args.ts';
import type { DetailTable } from './figure.ts';
import { round } from './stats.ts';

/** node_modules/zod/… -> "npm:zod"; src/skills/catalog.json -> itself; src/salary/x.ts -> "src/salary". */
function group(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return `npm:${pkg[1]}`;
  if (id.endsWith('catalog.json')) return 'src/skills/catalog.json';
  const own = /\/(src|extension)\/([^/]+)\//.exec(id);
  return own ? `${own[1]}/${own[2]}` : id.replace(/^.*\//, '');
}

/** The content script's files as their sources: the stub, then the engine it loads. */
const CONTENT_ENTRIES = [JOB_SCRIPT_FILE.source, ENGINE_FILE.source];

/**
 * Where the content script's bytes come from: each of its entries (boot file and parsing
 * engine) built by Vite as one minified IIFE (as the extension build does), each module's
 * rendered size before minification (a module in both files counts twice: a posting page
 * loads it twice), and the content script's gzip size shared out in proportion. Approximate
 * by design.
 */
export async function contentBreakdown(contentGzipKb: number): Promise<DetailTable> {
  const rendered = new Map<string, number>();
  const collect: Plugin = {
    name: 'joblens-bench-sizes',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, m] of Object.entries(chunk.modules)) {
          rendered.set(group(id), (rendered.get(group(id)) ?? 0) + m.renderedLength);
        }
      }
    },
  };
  for (const entry of CONTENT_ENTRIES) {
    await build({
      configFile: false,
      logLevel: 'silent',
      root: resolve(ROOT, 'extension'),
      plugins: [collect],
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: {
          entry: resolve(ROOT, 'extension', entry),
          formats: ['iife'],
          name: 'joblensContent',
        },
      },
    });
  }
  const total = [...rendered.values()].reduce((a, b) => a + b, 0);
  const rows = [...rendered]
    .sort((a, b) => b[1] - a[1])
    .filter(([, n]) => n / total >= 0.005)
    .map(([name, n]) => [name, round((100 * n) / total, 1), round((contentGzipKb * n) / total, 1)]);
  return {
    title:
      'Content script composition, boot file + engine (share of rendered source; gzip KB apportioned)',
    columns: ['module group', '% of bundle', '≈ gzip KB'],
    rows,
  };
}
