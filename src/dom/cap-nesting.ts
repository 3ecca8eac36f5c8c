/**
 * linkedom's HTML parser (htmlparser2) keeps its open-element stack with Array#unshift, so
 * every open tag costs the current depth: 1 MB of "<div>" (200,000 levels) takes minutes.
 * And every reader that looks up from an element (closest(), a descendant selector such as
 * "#box span", which css-select checks by walking each span's ancestors) costs the depth
 * per element: on a page whose depth grows with its length, time grows with its square.
 * Browsers never build such trees: Blink stops nesting at 512 levels, the depth the browser
 * page the extension sends was built with. Before linkedom parses a page, tags that would
 * open deeper than that are blanked out, their text kept; close tags that close nothing,
 * past a moderate depth, go too, as each costs a stack search. Pages shallower than the
 * limit come back unchanged (the same string).
 */

export const MAX_NESTING = 512;
/** Below this depth an unmatched close tag is cheap enough to leave to the parser. */
const CHEAP_DEPTH = 256;

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** Raw-text elements: their content holds no tags. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'plaintext']);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** The parser's own implied closes: opening the key closes these if they are on top. */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (t) => [t, FORM] as [string, Set<string>],
  ),
  ...(
    'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption ' +
    'figure footer form header hr main nav ol pre section table ul'
  )
    .split(' ')
    .map((t) => [t, P] as [string, Set<string>]),
]);

/** Open elements as the parser will see them: a stack plus a count per name. */
class OpenElements {
  private readonly names: string[] = [];
  private readonly counts = new Map<string, number>();

  get depth(): number {
    return this.names.length;
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  push(name: string): void {
    const closes = IMPLIES_CLOSE.get(name);
    while (closes?.has(this.names[this.names.length - 1] ?? '')) this.pop();
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Pops down to and including the innermost `name` (amortised: each entry pops once). */
  close(name: string): void {
    while (this.names.length > 0 && this.pop() !== name) {}
  }

  private pop(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    return name;
  }
}

/** White space as a regex's \s sees it (JavaScript's, Unicode spaces included). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** End of the tag name starting at `from` (a letter, then up to white space, "/" or ">"), or -1. */
function nameEnd(html: string, from: number): number {
  if (!isAsciiLetter(html.charCodeAt(from))) return -1;
  let k = from + 1;
  for (; k < html.length; k++) {
    const c = html.charCodeAt(k);
    if (c === 0x2f || c === 0x3e || isSpace(c)) break;
  }
  return k;
}

/** Index just past the '>' ending the tag whose attributes start at `from`, or -1. */
function tagEnd(html: string, from: number): number {
  for (let k = from; k < html.length; k++) {
    const c = html.charCodeAt(k);
    if (c === 0x3e) return k + 1;
    if (c !== 0x3d) continue;
    let v = k + 1;
    while (v < html.length && isSpace(html.charCodeAt(v))) v++;
    const q = html.charCodeAt(v);
    if (q === 0x22 || q === 0x27) {
      const close = html.indexOf(q === 0x22 ? '"' : "'", v + 1);
      if (close < 0) return -1;
      k = close;
    }
  }
  return -1;
}

/** Where the raw text of `name` opened at `from` ends (its close tag), or the end of input. */
function rawTextEnd(html: string, name: string, from: number): number {
  if (name === 'plaintext') return html.length;
  const re = new RegExp(`</${name}`, 'gi');
  re.lastIndex = from;
  return re.exec(html)?.index ?? html.length;
}

/** The page with tags past MAX_NESTING (and costly stray close tags) blanked; linear time. */
export function capNesting(html: string, maxDepth = MAX_NESTING): string {
  const open = new OpenElements();
  const cuts: [number, number][] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 0x2f;
    const start = lt + (closing ? 2 : 1);
    const afterName = nameEnd(html, start);
    if (afterName < 0) {
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, afterName);
    if (end < 0) break;
    const name = html.slice(start, afterName).toLowerCase();
    i = end;
    if (VOID.has(name)) continue;
    if (closing) {
      if (open.has(name)) open.close(name);
      else if (open.depth > CHEAP_DEPTH && name !== 'p') cuts.push([lt, end]);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      i = rawTextEnd(html, name, end);
      continue;
    }
    const selfClosing = html.charCodeAt(end - 2) === 0x2f && (open.has('svg') || open.has('math'));
    if (selfClosing) continue;
    if (open.depth >= maxDepth) cuts.push([lt, end]);
    else open.push(name);
  }
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const [a, b] of cuts) {
    parts.push(html.slice(from, a), ' ');
    from = b;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
