import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { matchesBySite } from '../src/sites/site-matches.ts';
import { CONTENT_SCRIPT_MATCHES } from '../src/sites/site-urls.ts';
import { ENGINE_FILE, JOB_SCRIPT_FILE } from './content/script-file.ts';
import { FRAME_CONTENT_MATCHES } from './shared/frame-sites.ts';

export type TargetBrowser = 'chrome' | 'firefox';

/** Gecko id: stable so Firefox keeps the add-on's storage across reinstalls. */
export const GECKO_ID = 'joblens@joblens.local';

// Extension pages load only our own files and talk to nobody: no remote code, no fetch.
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'none'",
  "img-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "frame-src 'self'",
].join('; ');

const ICONS = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};

/** "*://*.linkedin.com/jobs/*" -> "*://*.linkedin.com/*": resource and host patterns are origin-only. */
export function originPatterns(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((p) => p.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}

/**
 * The manifest's content script, on the frame sites only (iCIMS, whose job page is a frame of
 * the company's careers page: docs/threat-model.md, "iCIMS frames"), in every frame, on their
 * job URLs (the site's patterns narrowed by its job globs). Every other career site runs no
 * content script on a load: the background reads its job pages in the page's own world, and
 * injects the engine only where a page needs watching (background/page-looks.ts).
 */
export function contentScripts() {
  return matchesBySite()
    .filter(({ matches }) => matches.every((p) => FRAME_CONTENT_MATCHES.includes(p)))
    .map(({ matches, jobGlobs }) => ({
      matches,
      include_globs: [...jobGlobs],
      js: [JOB_SCRIPT_FILE.source],
      run_at: 'document_idle' as const,
      all_frames: true,
    }));
}

/** One manifest for both browsers; only the background and the gecko block differ. */
export function buildManifest(target: TargetBrowser) {
  const matches = [...CONTENT_SCRIPT_MATCHES];
  return defineManifest({
    manifest_version: 3,
    name: 'JobLens',
    version: pkg.version,
    description: pkg.description,
    icons: ICONS,
    action: { default_title: 'JobLens', default_popup: 'popup.html', default_icon: ICONS },
    options_ui: { page: 'options.html', open_in_tab: true },
    // unlimitedStorage: a long search (10,000 saved roles) outgrows storage.local's 10 MB.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    // The career sites' origins, for the background alone: it sees their tabs' URLs, reads a
    // job page in the page's own world and injects the engine where a page needs watching
    // (background/page-looks.ts), so no content script runs on a load of those sites.
    host_permissions: originPatterns(matches),
    // Requested one origin at a time from the popup ("Always run on this site").
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    background:
      target === 'firefox'
        ? { scripts: ['background/index.ts'], type: 'module' }
        : { service_worker: 'background/index.ts', type: 'module' },
    // iCIMS frames only, on its job URLs (jobGlobs): the stub, which loads the engine at once.
    content_scripts: contentScripts(),
    // Only the panel page and the engine the iCIMS stub imports, and only to the career sites (Chrome takes origins here, so a
    // path-limited content-script pattern widens to its host).
    web_accessible_resources: [
      { resources: ['panel.html', ENGINE_FILE.built], matches: originPatterns(matches) },
    ],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '116' }),
  } as Parameters<typeof defineManifest>[0]);
}
