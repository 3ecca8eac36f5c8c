import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../src/sites/registry.ts';
import { JOB_SCRIPT_FILE } from './content/script-file.ts';
import { buildManifest, originPatterns, type TargetBrowser } from './manifest.config.ts';
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

  it('each career-site pattern: the job stub on its job globs, nothing on the rest', () => {
    expect(entries.every((e) => e.js.join() === JOB_SCRIPT_FILE.source)).toBe(true);
    expect(entries.flatMap((e) => e.matches).sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
    for (const e of entries) {
      expect(e.include_globs?.length).toBeGreaterThan(0);
      expect(e.exclude_globs).toBeUndefined();
    }
  });

  it("host access covers the content scripts' origins, and no other", () => {
    const hosts = (buildManifest(t) as unknown as { host_permissions: string[] }).host_permissions;
    expect([...hosts].sort()).toEqual(originPatterns(CONTENT_SCRIPT_MATCHES).sort());
  });
});
