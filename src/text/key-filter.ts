/**
 * A cheap first test for "is this word one of these keys", by length and the first and last
 * character (each folded to 5 bits, so case never matters). No false negatives: a word it
 * turns away is not in the set; one it lets through still needs the real look-up. It saves
 * hashing a fresh string for most words of a text.
 */
export class KeyFilter {
  private readonly bits = new Uint32Array(32 * 32);

  constructor(keys: Iterable<string>) {
    for (const k of keys) this.add(k, k.length);
  }

  private add(k: string, n: number): void {
    const row = Math.min(n, 31) * 32 + (k.charCodeAt(0) & 31);
    this.bits[row] = (this.bits[row] ?? 0) | (1 << (k.charCodeAt(n - 1) & 31));
  }

  /** Whether the first `n` characters of `word` (all of it by default) may be a key. */
  mayHave(word: string, n: number = word.length): boolean {
    if (n <= 0) return false;
    const row = Math.min(n, 31) * 32 + (word.charCodeAt(0) & 31);
    return ((this.bits[row] ?? 0) & (1 << (word.charCodeAt(n - 1) & 31))) !== 0;
  }
}
