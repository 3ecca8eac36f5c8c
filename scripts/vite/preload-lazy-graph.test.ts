import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadLazyGraph, staticGraph } from './preload-lazy-graph.ts';

const chunk = (fileName: string, imports: string[], facade?: string) =>
  ({ type: 'chunk', fileName, imports, facadeModuleId: facade ?? null }) as Rollup.OutputChunk;

function bundle(): Rollup.OutputBundle {
  const items = [
    chunk('assets/entry.js', ['assets/api.js'], '/src/options/main.tsx'),
    chunk('assets/mount.js', ['assets/ui.js', 'assets/api.js'], '/src/options/mount.tsx'),
    chunk('assets/ui.js', ['assets/zod.js']),
    chunk('assets/zod.js', ['assets/ui.js']),
    chunk('assets/api.js', []),
    chunk('assets/lazy-dialog.js', ['assets/zod.js'], '/src/options/Dialog.tsx'),
    {
      type: 'asset',
      fileName: 'options.html',
      source:
        '<head>\n    <script type="module" src="/assets/entry.js"></script>\n    <link rel="modulepreload" href="/assets/api.js">\n  </head>',
    } as Rollup.OutputAsset,
  ];
  return Object.fromEntries(items.map((o) => [o.fileName, o]));
}

function run(b: Rollup.OutputBundle) {
  const plugin = preloadLazyGraph('options', '/options/mount.tsx');
  (plugin.generateBundle as (o: unknown, b: Rollup.OutputBundle) => void)({}, b);
  return (b['options.html'] as Rollup.OutputAsset).source as string;
}

describe('preloadLazyGraph', () => {
  it('collects the lazy module and what it imports statically, through cycles, each once', () => {
    expect(staticGraph(bundle(), '/options/mount.tsx').sort()).toEqual([
      'assets/api.js',
      'assets/mount.js',
      'assets/ui.js',
      'assets/zod.js',
    ]);
  });

  it('lists them in the page before </head>, skipping what the page already loads', () => {
    const html = run(bundle());
    const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(preloads.sort()).toEqual([
      'assets/api.js',
      'assets/mount.js',
      'assets/ui.js',
      'assets/zod.js',
    ]);
    expect(html).not.toContain('lazy-dialog');
    expect(html.trimEnd().endsWith('</head>')).toBe(true);
  });

  it('fails the build when the lazy module is missing, rather than ship a page without it', () => {
    const plugin = preloadLazyGraph('options', '/options/gone.tsx');
    expect(() =>
      (plugin.generateBundle as (o: unknown, b: Rollup.OutputBundle) => void)({}, bundle()),
    ).toThrow(/no chunk for \/options\/gone.tsx/);
  });
});
