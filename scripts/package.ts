/**
 * `npm run package`: the two store uploads from a clean build, in artifacts/: a zip of
 * dist/chrome for the Chrome Web Store and one of dist/firefox for addons.mozilla.org (built
 * by web-ext, as AMO signs it). The version is the manifest's, which comes from package.json.
 * The Firefox build is linted first (scripts/lint-firefox.ts): an upload that fails review
 * is not made.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { DIST, ROOT } from './ensure-build.ts';

const ARTIFACTS = join(ROOT, 'artifacts');
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });

rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
run('npm', ['run', '--silent', 'build']);
run('npx', ['tsx', 'scripts/lint-firefox.ts']);

const version = (
  JSON.parse(readFileSync(join(DIST.chrome, 'manifest.json'), 'utf8')) as {
    version: string;
  }
).version;
const pkgVersion = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
if (version !== pkgVersion)
  throw new Error(`manifest ${version} is not package.json ${pkgVersion}`);

for (const [browser, sourceDir] of Object.entries(DIST)) {
  const filename = `joblens-${browser}-${version}.zip`;
  await webExt.cmd.build(
    { sourceDir, artifactsDir: ARTIFACTS, filename, overwriteDest: true },
    { shouldExitProgram: false },
  );
  console.log(`artifacts/${filename}`);
}
