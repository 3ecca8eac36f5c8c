const MAX = 200;

/**
 * The line a mention sits on, trimmed to at most 200 characters: the sentence around the
 * mention when the line is longer, a window centred on it when the sentence is too.
 */
export function evidenceFor(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl === -1 ? text.length : nl;
  const line = text.slice(lineStart, lineEnd).trim();
  if (line.length <= MAX) return line;
  // The sentence: from after the previous ". " to the next one, within the line.
  let from = start;
  while (from > lineStart && !/[.!?;]\s/.test(text.slice(from - 2, from))) from--;
  let to = end;
  while (to < lineEnd && !/[.!?;]/.test(text[to] ?? '')) to++;
  const sentence = text.slice(from, Math.min(to + 1, lineEnd)).trim();
  if (sentence.length <= MAX && sentence.length > 0) return sentence;
  const half = Math.floor((MAX - 2) / 2);
  const mid = Math.floor((start + end) / 2);
  const a = Math.max(lineStart, mid - half);
  const b = Math.min(lineEnd, a + MAX - 2);
  return `…${text.slice(a, b).trim()}…`.slice(0, MAX);
}
