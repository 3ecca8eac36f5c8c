/**
 * The stub (stub.ts): the content script of a career site's pages that are no job's. Source
 * path (relative to the Vite root, extension/) and the file the build writes for it, one
 * self-contained IIFE (crx standaloneFiles).
 */
export const CONTENT_SCRIPT_FILE = {
  source: 'content/index.ts',
  built: 'content/index.js',
} as const;

/** The stub's other file: a career site's job URLs, where it loads the engine at once. */
export const JOB_SCRIPT_FILE = {
  source: 'content/job.ts',
  built: 'content/job.js',
} as const;

/**
 * The whole content script (engine.ts), a third self-contained IIFE: imported by the stub on
 * the career sites (web-accessible there for that), registered for "Always run" sites,
 * injected by "Analyze this page".
 */
export const ENGINE_FILE = {
  source: 'content/engine.ts',
  built: 'content/engine.js',
} as const;
