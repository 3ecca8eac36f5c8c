/**
 * A chart label in at most `lines` lines of about `width` characters, broken between words:
 * a role's title and company stay readable instead of being cut mid-word at one line's end.
 * Only what does not fit in the last line ends in "…" (the full label is the bar's tooltip
 * and is in the table beside the chart).
 */
export function labelLines(label: string, width: number, lines = 2): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i] as string;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next;
      continue;
    }
    if (out.length === lines - 1) break;
    out.push(line);
    line = word;
  }
  const cut = i < words.length || line.length > width;
  if (!cut) return [...out, line];
  const kept = line.length >= width ? line.slice(0, width - 1).trimEnd() : line;
  return [...out, `${kept}…`];
}
