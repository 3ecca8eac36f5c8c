import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../src/sites/registry.ts';
import { buildManifest, type TargetBrowser } from './manifest.config.ts';
import { FRAME_CONTENT_MATCHES } from './shared/frame-sites.ts';

type Entry = { matches: string[]; js: string[]; all_frames?: boolean; run_at?: string };

describe.each<TargetBrowser>(['chrome', 'firefox'])(
  '%s: frames the content script runs in',
  (t) => {
    const entries = (buildManifest(t) as unknown as { content_scripts: Entry[] }).content_scripts;

    it('all frames only on the frame-enabled sites (iCIMS); top frames everywhere else', () => {
      const framed = entries.filter((e) => e.all_frames === true).flatMap((e) => e.matches);
      expect(framed).toEqual([...FRAME_CONTENT_MATCHES]);
      const topOnly = entries.filter((e) => e.all_frames !== true).flatMap((e) => e.matches);
      expect(topOnly.some((p) => FRAME_CONTENT_MATCHES.includes(p))).toBe(false);
      // Together: exactly the reviewed career sites, each once, one script, same timing.
      expect([...topOnly, ...framed].sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
      expect(new Set(entries.flatMap((e) => e.js)).size).toBe(1);
      expect(new Set(entries.map((e) => e.run_at))).toEqual(new Set(['document_idle']));
    });
  },
);
