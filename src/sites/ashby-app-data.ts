import { queryAll } from '../page/dom-utils.ts';
import { isRecord } from '../page/field-values.ts';

const MARKER = /window\.__appData\s*=\s*/;
const MAX_SCRIPT = 3_000_000;

/**
 * The end of the JSON object starting at `start`: a brace scan that respects strings, so
 * "}" inside a description does not end it. Linear; -1 when unbalanced.
 */
export function jsonObjectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123) depth += 1;
    else if (c === 125) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The object assigned to `window.__appData` in an inline script, or null. */
export function ashbyAppData(doc: Document): Record<string, unknown> | null {
  for (const script of queryAll(doc, 'script')) {
    if (script.getAttribute('src')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT) continue;
    const m = MARKER.exec(text);
    if (!m) continue;
    const start = m.index + m[0].length;
    if (text[start] !== '{') continue;
    const end = jsonObjectEnd(text, start);
    if (end < 0) continue;
    try {
      const value: unknown = JSON.parse(text.slice(start, end));
      if (isRecord(value)) return value;
    } catch {
      // a different script shape: keep looking
    }
  }
  return null;
}
