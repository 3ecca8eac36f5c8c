import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { CONTENT_SCRIPT_FILE, ENGINE_FILE } from './extension/content/script-file.ts';
import { buildManifest, type TargetBrowser } from './extension/manifest.config.ts';

const root = resolve(import.meta.dirname, 'extension');

/**
 * content/engine.js, what the content script loads only when a page may be a posting (see
 * extension/content/engine-loader.ts): one self-contained script without imports or exports,
 * so it runs both as the module a dynamic import() loads and as the classic script
 * scripting.executeScript injects. Built like crx builds the manifest's IIFE content script,
 * emitted under a fixed name.
 */
function contentEngine(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'joblens:content-engine',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        root,
        mode: config.mode,
        define: config.define,
        publicDir: false,
        plugins: [],
        build: {
          write: false,
          emptyOutDir: false,
          minify: config.build.minify,
          sourcemap: false,
          target: config.build.target,
          lib: {
            entry: resolve(root, ENGINE_FILE.source),
            formats: ['iife'],
            name: 'joblensEngine',
            fileName: () => ENGINE_FILE.built,
          },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap(
        (r) => (r as Rollup.RollupOutput).output,
      );
      const entry = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!entry) throw new Error('content engine: no IIFE output');
      this.emitFile({ type: 'asset', fileName: ENGINE_FILE.built, source: entry.code });
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
      preact({ devToolsEnabled: false, prefreshEnabled: false }),
      crx({
        manifest: buildManifest(target),
        browser: target,
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT_FILE.source] },
      }),
      contentEngine(),
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
