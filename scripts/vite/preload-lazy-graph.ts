import type { Plugin, Rollup } from 'vite';

/** The chunk of `moduleSuffix` and every chunk it imports statically, each once. */
export function staticGraph(bundle: Rollup.OutputBundle, moduleSuffix: string): string[] {
  const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId?.endsWith(moduleSuffix));
  if (!start) throw new Error(`preload-lazy-graph: no chunk for ${moduleSuffix}`);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of byName.get(name)?.imports ?? []) visit(dep);
  };
  visit(start.fileName);
  return [...seen];
}

/**
 * A page whose entry starts its storage reads first and imports the rest of the page after
 * (options/main.tsx): without help, the browser learns of that rest only when the entry runs.
 * Listing it as <link rel="modulepreload"> in the page lets the browser fetch and compile it
 * while the HTML is parsed; import() then only evaluates it.
 */
export function preloadLazyGraph(page: string, moduleSuffix: string): Plugin {
  return {
    name: 'joblens:preload-lazy-graph',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle[`${page}.html`];
      if (html?.type !== 'asset' || typeof html.source !== 'string')
        throw new Error(`preload-lazy-graph: no ${page}.html`);
      const source = html.source;
      const links = staticGraph(bundle, moduleSuffix)
        .filter((f) => !source.includes(`/${f}"`))
        .map((f) => `    <link rel="modulepreload" crossorigin href="/${f}">\n`)
        .join('');
      html.source = source.replace(/(\n\s*)<\/head>/, `\n${links.trimEnd()}$1</head>`);
    },
  };
}
