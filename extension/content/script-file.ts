/**
 * The content script's source path (relative to the Vite root, extension/) and the file the
 * build writes for it. It is built as one self-contained IIFE (crx standaloneFiles), so the
 * same file serves the manifest, scripting.executeScript and registerContentScripts.
 */
export const CONTENT_SCRIPT_FILE = {
  source: 'content/index.ts',
  built: 'content/index.js',
} as const;

/**
 * The parsing engine: a second self-contained IIFE (vite.config.ts builds it). The background
 * injects it with scripting.executeScript into a tab whose content script asks for it, so it
 * needs no web_accessible_resources entry and never loads on pages that are not postings.
 */
export const ENGINE_FILE = {
  source: 'content/engine.ts',
  built: 'content/engine.js',
} as const;
