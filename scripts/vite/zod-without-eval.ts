import type { Plugin } from 'vite';

/**
 * zod probes whether `new Function` works, to compile faster parsers when it does. Extension
 * pages forbid eval (our CSP has no 'unsafe-eval'), so the probe always fails there and zod
 * parses without compiling; but the probe's `Function` call stays in the bundle, where store
 * review tools flag it as eval. This plugin makes the probe answer "no" without trying, which
 * is what it answers at run time anyway. It fails the build if zod's code changed, so the
 * replacement is never silently skipped.
 */
const PROBE = /const F = Function;\s*new F\(""\);\s*return true;/;

export function zodWithoutEval(): Plugin {
  return {
    name: 'joblens-zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!PROBE.test(code)) {
        throw new Error(`zod-without-eval: zod's eval probe not found in ${id} (zod changed?)`);
      }
      return { code: code.replace(PROBE, 'return false;'), map: null };
    },
  };
}
