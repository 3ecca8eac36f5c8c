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

  it('only the frame sites (iCIMS), in all their frames; no other site runs one on a load', () => {
    const framed = entries.filter((e) => e.all_frames === true).flatMap((e) => e.matches);
    expect([...new Set(framed)]).toEqual([...FRAME_CONTENT_MATCHES]);
    expect(entries.every((e) => e.all_frames === true)).toBe(true);
    expect(new Set(entries.map((e) => e.run_at))).toEqual(new Set(['document_idle']));
  });

  it('the job stub on its job globs, nothing on the rest', () => {
    expect(entries.every((e) => e.js.join() === JOB_SCRIPT_FILE.source)).toBe(true);
    expect(entries.flatMap((e) => e.matches).sort()).toEqual([...FRAME_CONTENT_MATCHES].sort());
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
