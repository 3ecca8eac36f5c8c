import { resolve } from 'node:path';

export const BENCH_DIR = import.meta.dirname;
export const ROOT = resolve(BENCH_DIR, '..');

/** The concerns `--only` accepts (comma-separated); all run by default. */
export const SECTIONS = [
  'parser',
  'scaling',
  'families',
  'peer',
  'hotspots',
  'content',
  'spa',
  'popup',
  'options',
  'bundle',
] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface BenchArgs {
  check: boolean;
  corpus: string;
  only: Set<SectionName>;
  build: boolean;
}

const USAGE = `usage: tsx bench/run.ts [--check] [--corpus DIR] [--only ${SECTIONS.join(',')}] [--no-build]`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    check: false,
    corpus: resolve(ROOT, '..', 'shared', 'corpus'),
    only: new Set(SECTIONS),
    build: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') args.check = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--corpus' && argv[i + 1]) args.corpus = resolve(argv[++i] as string);
    else if (a === '--only' && argv[i + 1]) {
      const names = (argv[++i] as string).split(',');
      const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (bad.length) throw new Error(`unknown section ${bad.join(', ')}\n${USAGE}`);
      args.only = new Set(names as SectionName[]);
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return args;
}
