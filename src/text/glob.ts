/**
 * A glob as WebExtension match-pattern paths and manifest `include_globs` / `exclude_globs`
 * use it: `*` matches any run of characters, everything else itself, case counts. Linear:
 * split on `*`, each piece found once. (Manifest globs also know `?`, which Chrome and
 * Firefox read differently; ours never use it, see SiteUrl.jobGlobs.)
 */
export function globMatches(glob: string, text: string): boolean {
  const parts = glob.split('*');
  const first = parts[0] ?? '';
  if (!text.startsWith(first)) return false;
  let pos = first.length;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i === parts.length - 1) return text.length - pos >= part.length && text.endsWith(part);
    const at = text.indexOf(part, pos);
    if (at < 0) return false;
    pos = at + part.length;
  }
  return pos === text.length;
}
