/**
 * A cheap first test for "is this word one of these keys", by length with the first and last
 * characters, again with the second and the one before last, and once more with the first,
 * second and last together (each folded to 5 bits, so case never matters). No false
 * negatives: a word it turns away is not in the set; one it lets through still needs the
 * real look-up. It saves hashing a fresh string for most words of a text.
 */
export class KeyFilter {
  private readonly outer = new Uint32Array(32 * 32);
  private readonly inner = new Uint32Array(32 * 32);
  /** One bit per (length, first, second, last) folded to 16 bits: 8 KB. */
  private readonly cross = new Uint32Array(1 << 11);

  constructor(keys: Iterable<string>) {
    for (const k of keys) this.add(k, k.length);
  }

  private add(k: string, n: number): void {
    const len = Math.min(n, 31) * 32;
    const row = len + (k.charCodeAt(0) & 31);
    this.outer[row] = (this.outer[row] ?? 0) | (1 << (k.charCodeAt(n - 1) & 31));
    const two = n > 1;
    const inner = len + (k.charCodeAt(two ? 1 : 0) & 31);
    this.inner[inner] = (this.inner[inner] ?? 0) | (1 << (k.charCodeAt(two ? n - 2 : 0) & 31));
    const at = crossAt(k, 0, n);
    this.cross[at >>> 5] = (this.cross[at >>> 5] ?? 0) | (1 << (at & 31));
  }

  /** Whether the first `n` characters of `word` (all of it by default) may be a key. */
  mayHave(word: string, n: number = word.length): boolean {
    if (n <= 0) return false;
    const len = Math.min(n, 31) * 32;
    const row = len + (word.charCodeAt(0) & 31);
    if (((this.outer[row] ?? 0) & (1 << (word.charCodeAt(n - 1) & 31))) === 0) return false;
    const two = n > 1;
    const inner = len + (word.charCodeAt(two ? 1 : 0) & 31);
    if (((this.inner[inner] ?? 0) & (1 << (word.charCodeAt(two ? n - 2 : 0) & 31))) === 0) {
      return false;
    }
    const at = crossAt(word, 0, n);
    return ((this.cross[at >>> 5] ?? 0) & (1 << (at & 31))) !== 0;
  }

  /** Whether `text[from, to)` may be a key: `mayHave` without cutting the word out. */
  mayHaveAt(text: string, from: number, to: number): boolean {
    const n = to - from;
    if (n <= 0) return false;
    const len = Math.min(n, 31) * 32;
    const row = len + (text.charCodeAt(from) & 31);
    if (((this.outer[row] ?? 0) & (1 << (text.charCodeAt(to - 1) & 31))) === 0) return false;
    const two = n > 1;
    const inner = len + (text.charCodeAt(two ? from + 1 : from) & 31);
    if (((this.inner[inner] ?? 0) & (1 << (text.charCodeAt(two ? to - 2 : from) & 31))) === 0) {
      return false;
    }
    const at = crossAt(text, from, to);
    return ((this.cross[at >>> 5] ?? 0) & (1 << (at & 31))) !== 0;
  }
}

/** The bit of `text[from, to)` in the cross table: length, first, second and last, folded. */
function crossAt(text: string, from: number, to: number): number {
  const n = to - from;
  const second = text.charCodeAt(n > 1 ? from + 1 : from) & 31;
  const all =
    (((Math.min(n, 31) * 32 + (text.charCodeAt(from) & 31)) * 32 + second) * 32 +
      (text.charCodeAt(to - 1) & 31)) |
    0;
  return (all ^ (all >>> 13)) & 0xffff;
}
