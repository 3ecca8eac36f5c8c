import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkedomEnv, parseHtmlLinkedom } from '../src/dom/linkedom-env.ts';
import { parseDocument } from '../src/parse/parse-document.ts';
import { parseInput } from '../src/parse/parse-input.ts';
import { ROOT } from './args.ts';
import type { DetailTable, SectionResult } from './figure.ts';
import { loadPostings } from './inputs.ts';
import { round } from './stats.ts';

/** The parts of a V8 CPU profile this file reads. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// Not the parser: the profiler's own bookkeeping, and the session call that stops it.
const IGNORED = new Set(['(idle)', '(program)', '(root)', 'dispatch']);
const SECTION = 'Parser hot spots (V8 CPU profile, warm, both paths)';

function where(url: string): string {
  if (!url) return '(native)';
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  const rel = relative(ROOT, path);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
  return pkg ? `npm:${pkg[1]}` : rel;
}

/**
 * Self time per function; inclusive time per parser function and per source file (time with
 * it anywhere on the stack). Percentages are of the sampled busy time, garbage collection included.
 */
export function summarize(
  profile: CpuProfile,
  top = 15,
): { self: DetailTable; inclusive: DetailTable; files: DetailTable } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || IGNORED.has(node.callFrame.functionName)) return;
    total += ms;
    const key = `${node.callFrame.functionName || '(anonymous)'} — ${where(node.callFrame.url)}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    const fns = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const frame = byId.get(x)?.callFrame;
      const f = where(frame?.url ?? '');
      if (f.startsWith('src/') || f.startsWith('npm:')) seen.add(f);
      if (f.startsWith('src/') && frame?.functionName) fns.add(`${frame.functionName} — ${f}`);
    }
    for (const f of seen) files.set(f, (files.get(f) ?? 0) + ms);
    for (const f of fns) inclusive.set(f, (inclusive.get(f) ?? 0) + ms);
  });
  const rows = (m: Map<string, number>, n = top) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => [k, round(ms, 1), round((100 * ms) / total, 1)]);
  return {
    self: {
      title: 'Self time by function',
      columns: ['function — file', 'ms', '% of busy time'],
      rows: rows(self),
    },
    inclusive: {
      title: 'Inclusive time by parser function',
      columns: ['function — file', 'ms', '% of busy time'],
      rows: rows(inclusive, 25),
    },
    files: {
      title: 'Inclusive time by source file',
      columns: ['file', 'ms', '% of busy time'],
      rows: rows(files, 20),
    },
  };
}

/** Samples the parser (both paths, warm) with the V8 profiler, in this process. */
export async function runHotspots(rounds = 40): Promise<SectionResult> {
  const set = loadPostings();
  const docs = set.html.map((p) => ({ p, doc: parseHtmlLinkedom(p.content) }));
  const work = () => {
    for (const p of set.text)
      parseInput({ kind: 'text', text: p.content, url: p.url }, linkedomEnv);
    for (const { p, doc } of docs) parseDocument(doc, p.url, linkedomEnv);
  };
  for (let i = 0; i < 5; i++) work();
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < rounds; i++) work();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    const { self, inclusive, files } = summarize(profile);
    return { section: SECTION, figures: [], tables: [self, inclusive, files] };
  } finally {
    session.disconnect();
  }
}
