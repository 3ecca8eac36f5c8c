import { mkdirSync } from 'node:fs';
import { ensureBuild } from '../scripts/ensure-build.ts';
import { OUTPUT } from './support/paths.ts';

export default function globalSetup(): void {
  ensureBuild((m) => console.log(m));
  mkdirSync(OUTPUT, { recursive: true });
}
