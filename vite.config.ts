import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import {
  type BuildEnvironmentOptions,
  build,
  defineConfig,
  type InlineConfig,
  type Plugin,
  type ResolvedConfig,
  type Rollup,
} from 'vite';
import { ANALYZE_FILE, ENGINE_FILE, JOB_SCRIPT_FILE } from './extension/content/script-file.ts';
import { buildManifest, type TargetBrowser } from './extension/manifest.config.ts';
import { preloadLazyGraph } from './scripts/vite/preload-lazy-graph.ts';
import { zodWithoutEval } from './scripts/vite/zod-without-eval.ts';

const root = resolve(import.meta.dirname, 'extension');

/** A separate build inside ours, with our mode, defines, target and minification; its outputs. */
async function subBuild(
  config: ResolvedConfig,
  plugins: NonNullable<InlineConfig['plugins']>,
  options: Pick<BuildEnvironmentOptions, 'lib' | 'rollupOptions' | 'modulePreload'>,
): Promise<(Rollup.OutputChunk | Rollup.OutputAsset)[]> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    mode: config.mode,
    define: config.define,
    publicDir: false,
    plugins,
    build: {
      write: false,
      emptyOutDir: false,
      minify: config.build.minify,
      sourcemap: false,
      target: config.build.target,
      ...options,
    },
  });
  return (Array.isArray(result) ? result : [result]).flatMap(
    (r) => (r as Rollup.RollupOutput).output,
  );
}

/**
 * The scripts the background injects, outside the manifest: content/engine.js, which the stub
 * also loads on a job URL (see extension/content/engine-loader.ts), and content/analyze.js.
 * Each is one self-contained script without imports or exports, so it runs both as the module
 * a dynamic import() loads and as the classic script scripting.executeScript injects. Built
 * like crx builds the manifest's IIFE content script, emitted under a fixed name.
 */
function injectedScripts(files: readonly { source: string; built: string }[]): Plugin {
  let config: ResolvedConfig;
  const buildOne = async (file: { source: string; built: string }): Promise<string> => {
    const outputs = await subBuild(config, [], {
      lib: {
        entry: resolve(root, file.source),
        formats: ['iife'],
        name: 'joblensInjected',
        fileName: () => file.built,
      },
    });
    const entry = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
    if (!entry) throw new Error(`${file.source}: no IIFE output`);
    return entry.code;
  };
  return {
    name: 'joblens:injected-scripts',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: file.built, source: await buildOne(file) });
      }
    },
  };
}

type Bundle = Rollup.OutputBundle;

/** Every file a page or module of the bundle names: script and style refs, imports, CSS. */
function referencedFiles(bundle: Bundle): Set<string> {
  const refs = new Set<string>();
  for (const out of Object.values(bundle)) {
    if (out.type === 'chunk') {
      for (const f of [...out.imports, ...out.dynamicImports]) refs.add(f);
      for (const f of out.viteMetadata?.importedCss ?? []) refs.add(f);
    } else if (typeof out.source === 'string') {
      for (const m of out.source.matchAll(/(?:src|href)="\/?([^"]+)"|from\s*["']\.\/([^"']+)["']/g))
        refs.add(m[1] ?? `assets/${m[2]}`);
    }
  }
  return refs;
}

/**
 * popup.html and panel.html as one script and one stylesheet each, from a build of that page
 * alone. In the shared build they load six modules and two stylesheets, shared with the
 * options page and the service worker; every extra file is one more request on the way to
 * the popup's first meaningful render and the panel's. Files of the shared build that nothing
 * references any more are dropped.
 */
function singleFilePages(pages: readonly string[]): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'joblens:single-file-pages',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      for (const page of pages) {
        const outputs = await subBuild(
          config,
          [preact({ devToolsEnabled: false, prefreshEnabled: false })],
          {
            modulePreload: { polyfill: false },
            rollupOptions: { input: { [page]: resolve(root, `${page}.html`) } },
          },
        );
        const html = `${page}.html`;
        const target = bundle[html];
        if (target?.type !== 'asset') throw new Error(`single-file pages: no ${html}`);
        for (const out of outputs) {
          if (out.fileName === html && out.type === 'asset') target.source = out.source;
          else if (out.type === 'chunk')
            this.emitFile({ type: 'asset', fileName: out.fileName, source: out.code });
          else this.emitFile({ type: 'asset', fileName: out.fileName, source: out.source });
        }
      }
      // Drop what only the replaced pages used (their shared-build chunks and styles).
      for (let changed = true; changed; ) {
        changed = false;
        const refs = referencedFiles(bundle);
        for (const [name, out] of Object.entries(bundle)) {
          const entry =
            out.type === 'chunk' && out.isEntry && !out.facadeModuleId?.endsWith('.html');
          if (name.startsWith('assets/') && !entry && !refs.has(name)) {
            delete bundle[name];
            changed = true;
          }
        }
      }
    },
  };
}

/**
 * One config, two targets: `vite build --mode chrome` writes dist/chrome (service worker),
 * `vite build --mode firefox` writes dist/firefox (background scripts, gecko settings).
 */
export default defineConfig(({ mode }) => {
  const target: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    root,
    publicDir: resolve(import.meta.dirname, 'public'),
    plugins: [
      zodWithoutEval(),
      preact({ devToolsEnabled: false, prefreshEnabled: false }),
      crx({
        manifest: buildManifest(target),
        browser: target,
        // The stub as a self-contained IIFE (no loader, no shared chunk).
        contentScripts: { standaloneFiles: [JOB_SCRIPT_FILE.source] },
      }),
      injectedScripts([ENGINE_FILE, ANALYZE_FILE]),
      singleFilePages(['popup', 'panel']),
      preloadLazyGraph('options', '/options/mount.tsx'),
    ],
    build: {
      outDir: resolve(import.meta.dirname, 'dist', target),
      emptyOutDir: true,
      target: 'es2022',
      // The polyfill would fetch() modules: extension pages have connect-src 'none'.
      modulePreload: { polyfill: false },
      sourcemap: false,
      rollupOptions: {
        input: {
          panel: resolve(root, 'panel.html'),
          popup: resolve(root, 'popup.html'),
          options: resolve(root, 'options.html'),
        },
      },
    },
  };
});
