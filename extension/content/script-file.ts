/**
 * The manifest's content script (stub.ts), on a career site's job URLs: source path (relative
 * to the Vite root, extension/) and the file the build writes for it, one self-contained IIFE
 * (crx standaloneFiles).
 */
export const JOB_SCRIPT_FILE = {
  source: 'content/job.ts',
  built: 'content/job.js',
} as const;

/**
 * "Analyze this page", injected after the engine: asks the running content script for a full
 * look (analyze.ts).
 */
export const ANALYZE_FILE = {
  source: 'content/analyze.ts',
  built: 'content/analyze.js',
} as const;

/**
 * The whole content script (engine.ts), a third self-contained IIFE: imported by the stub on
 * a job URL (web-accessible on the career sites for that), injected by the background when an
 * in-page route reaches a job URL, registered for "Always run" sites, injected by "Analyze this
 * page".
 */
export const ENGINE_FILE = {
  source: 'content/engine.ts',
  built: 'content/engine.js',
} as const;
