import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../src/sites/registry.ts';
import { CONTENT_SCRIPT_FILE, JOB_SCRIPT_FILE } from './content/script-file.ts';
import { buildManifest, type TargetBrowser } from './manifest.config.ts';
import { FRAME_CONTENT_MATCHES } from './shared/frame-sites.ts';

type Entry = {
  matches: string[];
  js: string[];
  all_frames?: boolean;
  run_at?: string;
  include_globs?: string[];
  exclude_globs?: string[];
};

describe.each<TargetBrowser>(['chrome', 'firefox'])('%s: where the content scripts run', (t) => {
  const entries = (buildManifest(t) as unknown as { content_scripts: Entry[] }).content_scripts;

  it('all frames only on the frame-enabled sites (iCIMS); top frames everywhere else', () => {
    const framed = entries.filter((e) => e.all_frames === true).flatMap((e) => e.matches);
    expect([...new Set(framed)]).toEqual([...FRAME_CONTENT_MATCHES]);
    const topOnly = entries.filter((e) => e.all_frames !== true).flatMap((e) => e.matches);
    expect(topOnly.some((p) => FRAME_CONTENT_MATCHES.includes(p))).toBe(false);
    expect(new Set(entries.map((e) => e.run_at))).toEqual(new Set(['document_idle']));
  });

  it('each career-site pattern: the job stub on its job globs, the quiet stub on the rest, nothing else', () => {
    const engine = entries.filter((e) => e.js.join() === JOB_SCRIPT_FILE.source);
    const stub = entries.filter((e) => e.js.join() === CONTENT_SCRIPT_FILE.source);
    expect(engine.length + stub.length).toBe(entries.length);
    expect(engine.flatMap((e) => e.matches).sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
    expect(stub.flatMap((e) => e.matches).sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
    // Pairs on the same patterns with complementary globs: every page gets exactly one.
    for (const e of engine) {
      const pair = stub.find((s) => s.matches.join() === e.matches.join());
      expect(e.include_globs?.length).toBeGreaterThan(0);
      expect(e.exclude_globs).toBeUndefined();
      expect(pair?.exclude_globs).toEqual(e.include_globs);
      expect(pair?.include_globs).toBeUndefined();
      expect(pair?.all_frames).toBe(e.all_frames);
    }
  });
});
