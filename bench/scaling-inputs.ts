import { fixture, loadPostings, textAsHtmlPage } from './inputs.ts';

/**
 * Inputs of a given size for the scaling runs, built from our own realistic postings (varied
 * per repetition so nothing is trivially repeated) with hostile pieces mixed in at a fixed
 * rate, so that every size has the same mix and the log-log slope measures growth only.
 */

export const SIZES = [10_000, 100_000, 1_000_000, 5_000_000] as const;

/** Pieces that make naive regexes or scanners go quadratic. */
export const ADVERSARIAL_TEXT: Readonly<Record<string, (n: number) => string>> = {
  'digit-run': (n) => '7'.repeat(n),
  'currency-symbols': (n) => '$€£¥₹'.repeat(Math.ceil(n / 5)).slice(0, n),
  'dollar-chain': (n) => '$1-'.repeat(Math.ceil(n / 3)).slice(0, n),
  'comma-number': (n) => `$${'1,'.repeat(Math.ceil(n / 2))}`.slice(0, n),
  'k-chain': (n) => '$1k-2k '.repeat(Math.ceil(n / 7)).slice(0, n),
  'salary-words': (n) => 'salary per year USD '.repeat(Math.ceil(n / 20)).slice(0, n),
};

/** Hostile HTML: deep nesting, and a flat sea of tiny elements. */
export const ADVERSARIAL_HTML: Readonly<Record<string, (n: number) => string>> = {
  'deep-nesting': (n) => {
    const depth = Math.floor(n / 12);
    return `${'<div>'.repeat(depth)}$1-$1${'</div>'.repeat(depth)}`;
  },
  'many-elements': (n) => '<span>$1</span>'.repeat(Math.ceil(n / 15)),
};

function bases(): string[] {
  const set = loadPostings();
  return [...set.text.map((p) => p.content), fixture('long-posting.txt')];
}

/** Realistic text with every figure shifted per repetition: "$185,000" becomes "$186,000". */
function vary(text: string, i: number): string {
  return text
    .replace(/\d{2,3},\d{3}/g, (m) =>
      (Number(m.replace(',', '')) + i * 1000).toLocaleString('en-US'),
    )
    .replace(/\b(\d)\+ years/g, (_m, d) => `${(Number(d) + i) % 9 || 1}+ years`);
}

function hostileSnippet(i: number): string {
  const names = Object.keys(ADVERSARIAL_TEXT);
  const name = names[i % names.length] as string;
  return `\nNotes: ${(ADVERSARIAL_TEXT[name] as (n: number) => string)(600)}\n`;
}

function fill(size: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const u = unit(i);
    parts.push(u);
    length += u.length;
  }
  return parts.join('\n\n').slice(0, size);
}

export function mixedText(size: number): string {
  const b = bases();
  return fill(size, (i) => vary(b[i % b.length] as string, i) + hostileSnippet(i));
}

/** HTML page of about `size` characters: articles of realistic markup, each with a nested box. */
export function mixedHtml(size: number): string {
  const b = bases();
  const shell = textAsHtmlPage('Engineering openings', '');
  const [head, tail] = shell.split('</article>') as [string, string];
  const nested = (i: number) =>
    `${'<div class="box">'.repeat(60)}<p>Ref ${i}: $1-$1-$1</p>${'</div>'.repeat(60)}`;
  const body = fill(size - shell.length, (i) => {
    const page = textAsHtmlPage('x', vary(b[i % b.length] as string, i));
    const inner = page.slice(page.indexOf('<h1>'), page.indexOf('</article>'));
    return `<section>${inner}${nested(i)}<p>${hostileSnippet(i)}</p></section>`;
  });
  // The slice may cut a tag in half: the parser has to cope, as it would with a truncated page.
  return `${head}${body}</article>${tail}`;
}
