/**
 * A manifest glob (`include_globs`, `exclude_globs`) as browsers apply it to a page's whole
 * URL: `*` any run of characters, everything else literal, case counts. Ours use no `?`
 * (browsers disagree on it: see SiteUrl.jobGlobs). Tests and the build only.
 */
export function globMatches(glob: string, href: string): boolean {
  if (glob.includes('?'))
    throw new Error(`glob ${glob}: '?' means different things in Chrome and Firefox`);
  const source = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's').test(href);
}

export const anyGlobMatches = (globs: readonly string[], href: string): boolean =>
  globs.some((g) => globMatches(g, href));
