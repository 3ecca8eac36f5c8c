import { isRecord } from './field-values.ts';

/** Control characters are illegal inside JSON strings and harmless as spaces outside them. */
function controlsToSpaces(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x20) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

const MAYBE_TRAILING_COMMA = /,\s*[}\]]/;

/**
 * Whether the text has a comma right before a closing brace or bracket outside its strings:
 * then JSON.parse would throw, and a throw costs more than the parse (a page of thousands
 * of such blocks spent most of its time in them). Strings tracked as JSON writes them.
 */
function hasTrailingComma(text: string): boolean {
  if (!MAYBE_TRAILING_COMMA.test(text)) return false;
  let inString = false;
  let comma = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if ((c === 0x7d || c === 0x5d) && comma) return true;
    if (c === 0x2c) comma = true;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) comma = false;
  }
  return false;
}

/**
 * JSON.parse for JSON-LD as sites really write it: wrapped in HTML comments or CDATA, with
 * raw line breaks inside strings, trailing commas, a trailing semicolon. Undefined when the
 * block is beyond repair (the other blocks on the page still count).
 */
export function parseJsonLoose(text: string): unknown {
  if (!hasTrailingComma(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // fall through to the repairs
    }
  }
  const repaired = controlsToSpaces(text)
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)\s*/, '')
    .replace(/\s*(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .replace(/;\s*$/, '')
    .replace(/,(\s{0,50}[}\]])/g, '$1');
  try {
    return JSON.parse(repaired);
  } catch {
    return undefined;
  }
}

function typeNames(node: Record<string, unknown>): string[] {
  const t = node['@type'] ?? node.type;
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

export function isJobPostingNode(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && typeNames(v).includes('jobposting');
}

/** Keys under which JSON-LD nests the thing a page is about. */
const NESTING_KEYS = [
  '@graph',
  'mainEntity',
  'mainEntityOfPage',
  'itemListElement',
  'item',
  'about',
];
const MAX_VISITS = 5000;

/** Every JobPosting node in a parsed JSON-LD value: arrays, @graph, mainEntity, ItemList. */
export function collectJobPostings(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const stack: unknown[] = [value];
  let visits = 0;
  while (stack.length > 0 && visits < MAX_VISITS) {
    const v = stack.pop();
    visits += 1;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isRecord(v)) continue;
    if (isJobPostingNode(v)) {
      found.push(v);
      continue;
    }
    for (let i = NESTING_KEYS.length - 1; i >= 0; i--) {
      const key = NESTING_KEYS[i] as string;
      if (key in v) stack.push(v[key]);
    }
  }
  return found;
}
