import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { CONTENT_SCRIPT_FILE } from './extension/content/script-file.ts';
import { buildManifest, type TargetBrowser } from './extension/manifest.config.ts';

const root = resolve(import.meta.dirname, 'extension');

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
