/**
 * The content script's source path (relative to the Vite root, extension/) and the file the
 * build writes for it. It is built as one self-contained IIFE (crx standaloneFiles), so the
 * same file serves the manifest, scripting.executeScript and registerContentScripts.
 */
export const CONTENT_SCRIPT_FILE = {
  source: 'content/index.ts',
  built: 'content/index.js',
} as const;
